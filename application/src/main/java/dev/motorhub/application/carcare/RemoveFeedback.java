package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.identity.AccessPolicy;
import java.util.Objects;

/**
 * The customer who gave feedback withdraws it, or staff remove it (moderation): the mechanic's
 * rating no longer counts it, and the request may be rated anew.
 */
public final class RemoveFeedback {
  /** Who asks, which feedback. */
  public record Command(Principal principal, FeedbackId feedback) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(feedback, "feedback");
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final FeedbackRepository feedback;
  private final CarCarePolicy policy;

  public RemoveFeedback(
      Transactions tx, Workshop workshop, FeedbackRepository feedback, CarCarePolicy policy) {
    this.tx = tx;
    this.workshop = workshop;
    this.feedback = feedback;
    this.policy = policy;
  }

  public void remove(Command command) {
    var actor = command.principal().actor();
    tx.run(
        () -> {
          Feedback given =
              FeedbackAccess.visible(feedback, workshop, policy, actor, command.feedback());
          AccessPolicy.require(
              policy.mayManage(actor) || actor.is(given.customer()),
              "Only the customer who gave feedback, or staff, remove it.");
          workshop.lock(given.request());
          feedback.delete(given.id());
        });
  }
}
