package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.Text;
import java.util.Objects;

/**
 * The customer who gave feedback changes its rating and text; nobody else puts words in their mouth
 * (staff remove feedback instead, {@link RemoveFeedback}).
 */
public final class ReviseFeedback {
  /** Who asks, which feedback, its new rating and text. */
  public record Command(Principal principal, FeedbackId feedback, Rating rating, String text) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(feedback, "feedback");
      Objects.requireNonNull(rating, "rating");
      text = Text.bounded(text, "feedback_text", 2000);
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final FeedbackRepository feedback;
  private final CarCarePolicy policy;

  public ReviseFeedback(
      Transactions tx, Workshop workshop, FeedbackRepository feedback, CarCarePolicy policy) {
    this.tx = tx;
    this.workshop = workshop;
    this.feedback = feedback;
    this.policy = policy;
  }

  public Feedback revise(Command command) {
    var actor = command.principal().actor();
    return tx.inTransaction(
        () -> {
          Feedback given =
              FeedbackAccess.visible(feedback, workshop, policy, actor, command.feedback());
          AccessPolicy.require(
              actor.is(given.customer()), "Only the customer who gave feedback changes it.");
          workshop.lock(given.request());
          Feedback revised = given.revised(command.rating(), command.text());
          feedback.update(revised);
          return revised;
        });
  }
}
