package dev.motorhub.adapters.http.seed.carcare;

import dev.motorhub.application.carcare.MechanicProfile;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatusChange;
import java.time.Instant;
import java.time.LocalDate;

/**
 * CarCarePro's records of the workshop in its own words: a customer is named by their account's id,
 * a request's date is its day, a cost is one line's amount, and an invoice has one {@code amount}
 * and is {@code paid}, {@code unpaid} or {@code void}.
 */
final class CarCareWorkViews {
  private CarCareWorkViews() {}

  record FeedbackView(
      String id,
      String customerId,
      String serviceRequestId,
      String feedbackText,
      int rating,
      Instant createdAt) {}

  record RequestView(
      String id,
      String customerId,
      String serviceDescription,
      LocalDate requestedDate,
      String status,
      String serviceKind,
      String mechanicId) {}

  record InvoiceView(
      String id,
      String customerId,
      String serviceRequestId,
      String amount,
      LocalDate invoiceDate,
      String status) {}

  record MechanicView(
      String id,
      String accountId,
      String specialization,
      int experienceYears,
      String averageRating,
      int ratingCount) {}

  record AttendanceView(String id, String mechanicId, LocalDate attendanceDate, String status) {}

  record WorkStatusView(String id, String mechanicId, String workStatus, Instant updatedAt) {}

  record CostView(
      String id,
      String serviceRequestId,
      String serviceDescription,
      String cost,
      Instant createdAt) {}

  static FeedbackView feedback(Feedback f) {
    return new FeedbackView(
        f.id().toString(),
        f.customer().toString(),
        f.request().toString(),
        f.text(),
        f.rating().value(),
        f.createdAt());
  }

  static RequestView request(ServiceRequest r) {
    return new RequestView(
        r.id().toString(),
        r.customer().toString(),
        r.details().description(),
        r.details().requestedDate(),
        r.status(),
        r.details().kind().value(),
        r.mechanic().map(Object::toString).orElse(null));
  }

  static InvoiceView invoice(Invoice invoice) {
    var bill = invoice.bill();
    String status =
        switch (invoice) {
          case Invoice.Paid paid -> "paid";
          case Invoice.Open open -> "unpaid";
          case Invoice.Void cancelled -> "void";
        };
    return new InvoiceView(
        invoice.id().toString(),
        bill.customer().toString(),
        bill.source().reference().toString(),
        bill.total().plain(),
        bill.issuedOn(),
        status);
  }

  static MechanicView mechanic(MechanicProfile profile) {
    Mechanic m = profile.mechanic();
    return new MechanicView(
        m.id().toString(),
        m.userId().toString(),
        m.specialization(),
        m.yearsOfExperience(),
        profile.rating().average().toPlainString(),
        profile.rating().count());
  }

  static AttendanceView attendance(Attendance a) {
    return new AttendanceView(
        a.id().toString(), a.mechanic().toString(), a.date(), a.status().wire());
  }

  static WorkStatusView workStatus(WorkStatusChange c) {
    return new WorkStatusView(
        c.id().toString(), c.mechanic().toString(), c.status().wire(), c.at());
  }

  static CostView cost(CostLine c) {
    return new CostView(
        c.id().toString(),
        c.request().toString(),
        c.line().description(),
        c.line().amount().plain(),
        c.addedAt());
  }
}
