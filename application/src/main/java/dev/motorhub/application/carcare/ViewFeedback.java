package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Reads feedback: staff every one, a customer what they gave; one feedback also the mechanic it
 * rates.
 */
public final class ViewFeedback {
  private final Transactions tx;
  private final Workshop workshop;
  private final FeedbackRepository feedback;
  private final CarCarePolicy policy;

  public ViewFeedback(
      Transactions tx, Workshop workshop, FeedbackRepository feedback, CarCarePolicy policy) {
    this.tx = tx;
    this.workshop = workshop;
    this.feedback = feedback;
    this.policy = policy;
  }

  public Page<Feedback> list(Principal principal, PageRequest page) {
    var actor = principal.actor();
    var author = policy.mayManage(actor) ? Optional.<UserId>empty() : Optional.of(actor.id());
    return tx.read(() -> feedback.list(author, page));
  }

  public Feedback get(Principal principal, FeedbackId id) {
    return tx.read(() -> FeedbackAccess.visible(feedback, workshop, policy, principal.actor(), id));
  }
}
