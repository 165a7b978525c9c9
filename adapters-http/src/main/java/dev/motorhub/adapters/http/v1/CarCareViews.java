package dev.motorhub.adapters.http.v1;

import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.RequestDetails;
import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceRequest;
import java.time.Instant;
import java.time.LocalDate;

/** The JSON shapes of car care's work: service kinds, service requests, cost lines, feedback. */
final class CarCareViews {
  private CarCareViews() {}

  record ServiceKindView(String id, String code, String name) {}

  record ServiceRequestView(
      String id,
      String customerId,
      String serviceKind,
      String serviceDescription,
      LocalDate requestedDate,
      String vehicleId,
      String status,
      String mechanicId,
      String waitingReason,
      String invoiceId,
      Instant createdAt,
      Instant scheduledAt,
      Instant startedAt,
      Instant completedAt,
      Instant cancelledAt,
      String cancelledBy) {}

  record CostLineView(
      String id,
      String serviceRequestId,
      String description,
      int quantity,
      String unitPrice,
      String amount,
      String currency,
      String addedBy,
      Instant createdAt) {}

  record FeedbackView(
      String id,
      String serviceRequestId,
      String customerId,
      String mechanicId,
      int rating,
      String feedbackText,
      Instant createdAt) {}

  static ServiceKindView kind(ServiceKind kind) {
    return new ServiceKindView(kind.id().toString(), kind.code().value(), kind.name());
  }

  static ServiceRequestView request(ServiceRequest request) {
    RequestDetails d = request.details();
    String waiting = null;
    String invoice = null;
    Instant scheduled = null;
    Instant started = null;
    Instant completed = null;
    Instant cancelled = null;
    String cancelledBy = null;
    switch (request) {
      case ServiceRequest.Pending p -> waiting = p.waitingReason();
      case ServiceRequest.Scheduled s -> scheduled = s.scheduledAt();
      case ServiceRequest.InProgress i -> started = i.startedAt();
      case ServiceRequest.Completed c -> {
        started = c.startedAt();
        completed = c.completedAt();
        invoice = c.invoice().toString();
      }
      case ServiceRequest.Cancelled c -> {
        cancelled = c.cancelledAt();
        cancelledBy = c.cancelledBy().toString();
      }
    }
    return new ServiceRequestView(
        d.id().toString(),
        d.customer().toString(),
        d.kind().value(),
        d.description(),
        d.requestedDate(),
        d.vehicle().map(Object::toString).orElse(null),
        request.status(),
        request.mechanic().map(Object::toString).orElse(null),
        waiting,
        invoice,
        d.openedAt(),
        scheduled,
        started,
        completed,
        cancelled,
        cancelledBy);
  }

  static CostLineView costLine(CostLine cost) {
    InvoiceLine line = cost.line();
    return new CostLineView(
        cost.id().toString(),
        cost.request().toString(),
        line.description(),
        line.quantity(),
        line.unitPrice().plain(),
        line.amount().plain(),
        line.unitPrice().currency().getCurrencyCode(),
        cost.addedBy().toString(),
        cost.addedAt());
  }

  static FeedbackView feedback(Feedback f) {
    return new FeedbackView(
        f.id().toString(),
        f.request().toString(),
        f.customer().toString(),
        f.mechanic().toString(),
        f.rating().value(),
        f.text(),
        f.createdAt());
  }
}
