package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Text;
import java.time.Clock;
import java.util.Objects;

/**
 * The request's customer rates the mechanic's work once the request is completed, once: a second
 * feedback is a {@code Conflict}.
 */
public final class GiveFeedback {
  /** Who asks, on which request, what rating and what text. */
  public record Command(Principal principal, ServiceRequestId request, Rating rating, String text) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(rating, "rating");
      text = Text.bounded(text, "feedback_text", 2000);
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final FeedbackRepository feedback;
  private final IdGenerator ids;
  private final Clock clock;

  public GiveFeedback(
      Transactions tx,
      Workshop workshop,
      FeedbackRepository feedback,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.feedback = feedback;
    this.ids = ids;
    this.clock = clock;
  }

  public Feedback give(Command command) {
    var actor = command.principal().actor();
    return tx.inTransaction(
        () -> {
          ServiceRequest request = workshop.lockVisible(actor, command.request());
          AccessPolicy.require(
              actor.is(request.customer()), "Only the request's customer gives feedback.");
          if (!(request instanceof ServiceRequest.Completed done)) {
            throw new RuleViolated(
                "Feedback is given once the request is completed; this one is "
                    + request.status()
                    + ".");
          }
          Feedback given =
              done.feedback(
                  new FeedbackId(ids.next()), command.rating(), command.text(), clock.instant());
          feedback.add(given);
          return given;
        });
  }
}
