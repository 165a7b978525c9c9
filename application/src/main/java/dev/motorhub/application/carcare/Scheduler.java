package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.Assignment;
import dev.motorhub.domain.carcare.Candidate;
import dev.motorhub.domain.carcare.MechanicAssignmentPolicy;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.notifications.NotificationKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the mechanic for a request by the assignment policy and stores the outcome, telling those
 * it concerns. Its callers hold the day's lock ({@link ServiceRequestRepository#lockDay}).
 */
public final class Scheduler {
  private final Workshop workshop;
  private final ServiceRequestRepository requests;
  private final MechanicAssignmentPolicy policy;
  private final CarCareNotices notices;
  private final Clock clock;

  public Scheduler(
      Workshop workshop,
      ServiceRequestRepository requests,
      MechanicAssignmentPolicy policy,
      CarCareNotices notices,
      Clock clock) {
    this.workshop = workshop;
    this.requests = requests;
    this.policy = policy;
    this.notices = notices;
    this.clock = clock;
  }

  /** What the policy answers for a job of {@code request}'s kind and date among {@code from}. */
  public Assignment choose(ServiceRequest request, List<Candidate> from) {
    var details = request.details();
    return policy.choose(details.kind(), details.requestedDate(), LocalDate.now(clock), from);
  }

  /** A new request, scheduled when someone fits and pending with the reason otherwise; stored. */
  public ServiceRequest openAndSchedule(ServiceRequest.Pending opened) {
    var details = opened.details();
    ServiceRequest request =
        switch (choose(opened, workshop.candidates(details.kind(), details.requestedDate()))) {
          case Assignment.Assigned a -> opened.schedule(a.mechanic(), clock.instant());
          case Assignment.Unassigned u ->
              new ServiceRequest.Pending(details, 0, u.reason().message());
        };
    requests.add(request);
    if (request instanceof ServiceRequest.Scheduled scheduled) {
      told(scheduled, NotificationKind.SERVICE_REQUEST_SCHEDULED);
    }
    return request;
  }

  /** Moves a scheduled job off its mechanic: to the best other one, or back to pending. */
  public ServiceRequest moveOff(ServiceRequest.Scheduled job) {
    MechanicId from = job.assigned();
    List<Candidate> others =
        workshop.candidates(job.details().kind(), job.details().requestedDate()).stream()
            .filter(c -> !c.mechanic().id().equals(from))
            .toList();
    return place(job.unschedule(""), others, Optional.of(from));
  }

  /** Schedules a revised request anew for its date; {@code previous} had it before. */
  public ServiceRequest reschedule(ServiceRequest.Pending revised, Optional<MechanicId> previous) {
    var details = revised.details();
    return place(revised, workshop.candidates(details.kind(), details.requestedDate()), previous);
  }

  private ServiceRequest place(
      ServiceRequest.Pending waiting, List<Candidate> from, Optional<MechanicId> previous) {
    return switch (choose(waiting, from)) {
      case Assignment.Assigned a -> {
        var stored =
            (ServiceRequest.Scheduled)
                requests.update(waiting.schedule(a.mechanic(), clock.instant()));
        previous.filter(m -> !m.equals(a.mechanic())).ifPresent(m -> notices.withdrawn(m, stored));
        told(
            stored,
            previous.isPresent()
                ? NotificationKind.SERVICE_REQUEST_RESCHEDULED
                : NotificationKind.SERVICE_REQUEST_SCHEDULED);
        yield stored;
      }
      case Assignment.Unassigned u -> {
        String reason = u.reason().message();
        var stored =
            requests.update(
                new ServiceRequest.Pending(waiting.details(), waiting.version(), reason));
        previous.ifPresent(m -> notices.withdrawn(m, stored));
        notices.customer(
            stored,
            NotificationKind.SERVICE_REQUEST_UNSCHEDULED,
            "Your service request for "
                + stored.details().requestedDate()
                + " waits for a mechanic: "
                + reason);
        yield stored;
      }
    };
  }

  /** Tells the customer and the mechanic that {@code job} is scheduled (or rescheduled). */
  public void told(ServiceRequest.Scheduled job, NotificationKind kind) {
    notices.assigned(job.assigned(), job);
    notices.customer(
        job, kind, "Your service request is scheduled for " + job.details().requestedDate() + ".");
  }
}
