package dev.motorhub.domain.carcare;

import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's request for work on the requested date: the heart of car care.
 *
 * <p>It opens {@link Pending}, saying why while no mechanic fits; scheduling assigns it to one
 * mechanic ({@link Scheduled}), who may be replaced, or taken off it back to pending, until work
 * starts ({@link InProgress}); completing it ({@link Completed}) issues the invoice of its cost
 * lines, and only then may its customer give feedback. It may be {@link Cancelled} while {@link
 * Active}. Each state is its own type, so a transition exists only where it is legal; {@code
 * version} lets the store refuse a change made on a stale copy.
 */
public sealed interface ServiceRequest {
  /** The names of the states on the wire, in lifecycle order. */
  List<String> STATUSES = List.of("pending", "scheduled", "in_progress", "completed", "cancelled");

  RequestDetails details();

  long version();

  /** The state's name on the wire: pending, scheduled, in_progress, completed, cancelled. */
  default String status() {
    return RequestStates.name(this);
  }

  /** The same request as the store keeps it once this state is stored: one version on. */
  default ServiceRequest nextVersion() {
    return RequestStates.nextVersion(this);
  }

  default ServiceRequestId id() {
    return details().id();
  }

  default UserId customer() {
    return details().customer();
  }

  /** The mechanic on the job, if any. */
  default Optional<MechanicId> mechanic() {
    return Optional.empty();
  }

  /** A new request, waiting for a mechanic for the given reason. */
  static Pending open(RequestDetails details, String reason) {
    return new Pending(details, 0, reason);
  }

  /** With a mechanic assigned: scheduled, in progress or completed. */
  sealed interface Assigned extends ServiceRequest permits Scheduled, InProgress, Completed {
    MechanicId assigned();

    default Optional<MechanicId> mechanic() {
      return Optional.of(assigned());
    }
  }

  /** Not yet completed nor cancelled: it may still be cancelled. */
  sealed interface Active extends ServiceRequest permits Unstarted, InProgress {
    default Cancelled cancel(UserId by, Instant now) {
      return new Cancelled(details(), version(), mechanic(), by, now);
    }
  }

  /** Not started yet: what was asked may still change, and then it waits to be scheduled anew. */
  sealed interface Unstarted extends Active permits Pending, Scheduled {
    default Pending revise(String description, LocalDate requestedDate) {
      return new Pending(details().revised(description, requestedDate), version(), "");
    }
  }

  /** Waiting for a mechanic; {@code waitingReason} says why none is assigned. */
  record Pending(RequestDetails details, long version, String waitingReason) implements Unstarted {
    public Pending {
      Objects.requireNonNull(details, "details");
      Objects.requireNonNull(waitingReason, "waitingReason");
    }

    public Scheduled schedule(MechanicId mechanic, Instant now) {
      return new Scheduled(details, version, mechanic, now);
    }
  }

  /** Assigned to {@code assigned} for the requested date; work has not started. */
  record Scheduled(RequestDetails details, long version, MechanicId assigned, Instant scheduledAt)
      implements Unstarted, Assigned {
    public Scheduled {
      Objects.requireNonNull(assigned, "assigned");
    }

    public Scheduled reassign(MechanicId to, Instant now) {
      return new Scheduled(details, version, to, now);
    }

    /** Taken off its mechanic with nobody to replace them: back to waiting, for {@code reason}. */
    public Pending unschedule(String reason) {
      return new Pending(details, version, reason);
    }

    public InProgress start(Instant now) {
      return new InProgress(details, version, assigned, now);
    }
  }

  /** {@code assigned} is at work on it; cost lines are added now. */
  record InProgress(RequestDetails details, long version, MechanicId assigned, Instant startedAt)
      implements Active, Assigned {
    public Completed complete(InvoiceId invoice, Instant now) {
      return new Completed(details, version, assigned, startedAt, now, invoice);
    }
  }

  /** Done and invoiced; its customer may rate the work once. */
  record Completed(
      RequestDetails details,
      long version,
      MechanicId assigned,
      Instant startedAt,
      Instant completedAt,
      InvoiceId invoice)
      implements Assigned {
    /** The customer's feedback on the mechanic's work. */
    public Feedback feedback(FeedbackId id, Rating rating, String text, Instant now) {
      return new Feedback(id, id(), customer(), assigned, rating, text, now);
    }
  }

  /** Called off by its customer or staff; {@code assigned} is who had it then, if anyone. */
  record Cancelled(
      RequestDetails details,
      long version,
      Optional<MechanicId> assigned,
      UserId cancelledBy,
      Instant cancelledAt)
      implements ServiceRequest {
    public Optional<MechanicId> mechanic() {
      return assigned;
    }
  }
}
