package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.RatingSummary;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Customers' feedback on completed requests: one a request at most (the store enforces it). */
public interface FeedbackRepository {
  /** Stores new feedback; a second on one request is a {@code Conflict}, even when two race. */
  void add(Feedback feedback);

  /** Stores feedback's new rating and text; feedback no longer stored is {@code NotFound}. */
  void update(Feedback feedback);

  /** Removes the feedback, if there is one; its request may then be rated anew. */
  void delete(FeedbackId id);

  Optional<Feedback> findById(FeedbackId id);

  Optional<Feedback> findByRequest(ServiceRequestId request);

  /** The feedback, of one customer when given, in id order. */
  Page<Feedback> list(Optional<UserId> customer, PageRequest page);

  /** Each mechanic's ratings in short; a mechanic without any is {@link RatingSummary#NONE}. */
  Map<MechanicId, RatingSummary> ratingsOf(Collection<MechanicId> mechanics);
}
