package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.shared.NotFound;
import java.util.Optional;

/**
 * Who sees a feedback: staff, the customer who gave it and the mechanic it rates; to anyone else it
 * is not found, whatever they meant to do with it.
 */
final class FeedbackAccess {
  private FeedbackAccess() {}

  static Feedback visible(
      FeedbackRepository feedback,
      Workshop workshop,
      CarCarePolicy policy,
      Actor actor,
      FeedbackId id) {
    return feedback
        .findById(id)
        .filter(
            f ->
                policy.mayManage(actor)
                    || actor.is(f.customer())
                    || workshop.ownProfile(actor).equals(Optional.of(f.mechanic())))
        .orElseThrow(() -> new NotFound("Feedback"));
  }
}
