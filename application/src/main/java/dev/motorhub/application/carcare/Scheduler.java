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
    ServiceRequest moved =
        switch (choose(job, others)) {
          case Assignment.Assigned a -> job.reassign(a.mechanic(), clock.instant());
          case Assignment.Unassigned u -> job.unschedule(u.reason().message());
        };
    ServiceRequest stored = requests.update(moved);
    notices.withdrawn(from, stored);
    if (stored instanceof ServiceRequest.Scheduled scheduled) {
      told(scheduled, NotificationKind.SERVICE_REQUEST_RESCHEDULED);
    } else {
      notices.customer(
          stored,
          NotificationKind.SERVICE_REQUEST_UNSCHEDULED,
          "Your mechanic cannot come on "
              + job.details().requestedDate()
              + " and nobody else can take it yet; your request waits for a mechanic.");
    }
    return stored;
  }

  /** Tells the customer and the mechanic that {@code job} is scheduled (or rescheduled). */
  public void told(ServiceRequest.Scheduled job, NotificationKind kind) {
    notices.assigned(job.assigned(), job);
    notices.customer(
        job, kind, "Your service request is scheduled for " + job.details().requestedDate() + ".");
  }
}
