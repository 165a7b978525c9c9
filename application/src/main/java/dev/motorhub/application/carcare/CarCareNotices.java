package dev.motorhub.application.carcare;

import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.notifications.NotificationKind;

/** Tells customers how their requests go, and mechanics which jobs they gain or lose. */
public final class CarCareNotices {
  private static final String SUBJECT = "service_request";

  private final Notifier notifier;
  private final MechanicRepository mechanics;

  public CarCareNotices(Notifier notifier, MechanicRepository mechanics) {
    this.notifier = notifier;
    this.mechanics = mechanics;
  }

  /** Tells the request's customer, in {@code message}, what {@code kind} of news it is. */
  public void customer(ServiceRequest request, NotificationKind kind, String message) {
    notifier.tell(request.customer(), kind, message, SUBJECT, request.id().value());
  }

  /** Tells {@code mechanic} they have a new job on the request's date. */
  public void assigned(MechanicId mechanic, ServiceRequest request) {
    mechanic(
        mechanic,
        request,
        NotificationKind.JOB_ASSIGNED,
        "You have a new job on " + request.details().requestedDate() + ".");
  }

  /** Tells {@code mechanic} a job of theirs was taken away. */
  public void withdrawn(MechanicId mechanic, ServiceRequest request) {
    mechanic(
        mechanic,
        request,
        NotificationKind.JOB_WITHDRAWN,
        "Your job on " + request.details().requestedDate() + " was taken off you.");
  }

  private void mechanic(
      MechanicId mechanic, ServiceRequest request, NotificationKind kind, String message) {
    mechanics
        .findById(mechanic)
        .ifPresent(m -> notifier.tell(m.userId(), kind, message, SUBJECT, request.id().value()));
  }
}
