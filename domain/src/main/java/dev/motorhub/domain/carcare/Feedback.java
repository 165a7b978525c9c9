package dev.motorhub.domain.carcare;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's word on a completed request: a rating and a text, for the mechanic who did the work.
 * Only a {@link ServiceRequest.Completed} gives one; a request has one at most.
 */
public record Feedback(
    FeedbackId id,
    ServiceRequestId request,
    UserId customer,
    MechanicId mechanic,
    Rating rating,
    String text,
    Instant createdAt) {
  public Feedback {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(mechanic, "mechanic");
    Objects.requireNonNull(rating, "rating");
    text = Text.bounded(text, "feedback_text", 2000);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The same feedback, as its customer changed it: a new rating and text, its time kept. */
  public Feedback revised(Rating newRating, String newText) {
    return new Feedback(id, request, customer, mechanic, newRating, newText, createdAt);
  }
}
