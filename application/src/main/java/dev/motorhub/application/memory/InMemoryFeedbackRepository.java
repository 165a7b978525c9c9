package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.carcare.FeedbackRepository;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.RatingSummary;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Customers' feedback in memory, one a request. */
final class InMemoryFeedbackRepository implements FeedbackRepository {
  private final Table<UUID, Feedback> feedback;

  InMemoryFeedbackRepository(Table<UUID, Feedback> feedback) {
    this.feedback = feedback;
  }

  @Override
  public void add(Feedback given) {
    if (findByRequest(given.request()).isPresent()) {
      throw StoreConflict.FEEDBACK_GIVEN.conflict();
    }
    feedback.put(given.id().value(), given);
  }

  @Override
  public void update(Feedback changed) {
    feedback.get(changed.id().value()).orElseThrow(() -> new NotFound("Feedback"));
    feedback.put(changed.id().value(), changed);
  }

  @Override
  public void delete(FeedbackId id) {
    feedback.remove(id.value());
  }

  @Override
  public Optional<Feedback> findById(FeedbackId id) {
    return feedback.get(id.value());
  }

  @Override
  public Optional<Feedback> findByRequest(ServiceRequestId request) {
    return feedback.where(f -> f.request().equals(request)).stream().findFirst();
  }

  @Override
  public Page<Feedback> list(Optional<UserId> customer, PageRequest page) {
    return Pages.of(
        feedback, page, f -> customer.map(f.customer()::equals).orElse(true), f -> f.id().value());
  }

  @Override
  public Map<MechanicId, RatingSummary> ratingsOf(Collection<MechanicId> mechanics) {
    Map<MechanicId, RatingSummary> ratings = new HashMap<>();
    mechanics.forEach(m -> ratings.put(m, RatingSummary.NONE));
    for (Feedback f : feedback.where(f -> ratings.containsKey(f.mechanic()))) {
      RatingSummary sum = ratings.get(f.mechanic());
      ratings.put(
          f.mechanic(), new RatingSummary(sum.count() + 1, sum.total() + f.rating().value()));
    }
    return ratings;
  }
}
