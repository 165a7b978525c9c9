package dev.motorhub.domain.carcare;

/** What every state of a {@link ServiceRequest} answers alike: its name and its next version. */
final class RequestStates {
  private RequestStates() {}

  static String name(ServiceRequest request) {
    return switch (request) {
      case ServiceRequest.Pending p -> "pending";
      case ServiceRequest.Scheduled s -> "scheduled";
      case ServiceRequest.InProgress i -> "in_progress";
      case ServiceRequest.Completed c -> "completed";
      case ServiceRequest.Cancelled c -> "cancelled";
    };
  }

  static ServiceRequest nextVersion(ServiceRequest request) {
    long next = request.version() + 1;
    return switch (request) {
      case ServiceRequest.Pending p ->
          new ServiceRequest.Pending(p.details(), next, p.waitingReason());
      case ServiceRequest.Scheduled s ->
          new ServiceRequest.Scheduled(s.details(), next, s.assigned(), s.scheduledAt());
      case ServiceRequest.InProgress i ->
          new ServiceRequest.InProgress(i.details(), next, i.assigned(), i.startedAt());
      case ServiceRequest.Completed c ->
          new ServiceRequest.Completed(
              c.details(), next, c.assigned(), c.startedAt(), c.completedAt(), c.invoice());
      case ServiceRequest.Cancelled c ->
          new ServiceRequest.Cancelled(
              c.details(), next, c.assigned(), c.cancelledBy(), c.cancelledAt());
    };
  }
}
