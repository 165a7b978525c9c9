package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.support.TestWorkshop.BRAKES;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.carcare.CancelServiceRequest;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.carcare.GiveFeedback;
import dev.motorhub.application.carcare.MechanicDay;
import dev.motorhub.application.carcare.ReviseServiceRequest;
import dev.motorhub.application.carcare.ScheduleServiceRequest;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Car care's use cases on PostgreSQL, across its ports and billing's in one transaction each: a job
 * is scheduled, moved by hand, worked, costed, completed into an invoice and rated; an absence
 * sends a job back to pending; a revised request keeps its new date; what every use case stored
 * reads back the same.
 */
class CarCareOnPostgresTest {
  private final TestWorkshop shop = new TestWorkshop(PostgresTestDatabase.emptyStore());

  @Test
  void aJob_isScheduledMovedWorkedInvoicedAndRated_andReadsBackAsStored() {
    Mechanic mo = shop.mechanic("mo", 12, 4, OIL, BRAKES);
    Mechanic ann = shop.mechanic("ann", 4, 4, OIL);
    shop.present(mo);
    shop.present(ann);
    Principal alice = shop.customer("alice");
    ServiceRequest request = shop.open(alice, OIL, shop.today());
    assertThat(request.mechanic()).contains(mo.id());

    ServiceRequest moved =
        shop.motorhub
            .carCare()
            .scheduleServiceRequest()
            .schedule(new ScheduleServiceRequest.Command(shop.staff, request.id(), ann.id()));
    Principal annIn = shop.signedIn(ann);
    shop.start(annIn, moved);
    shop.cost(annIn, moved, "Synthetic oil, 5 l", 1, "38.50");
    shop.cost(annIn, moved, "Labour, hours", 2, "25.00");
    var done =
        shop.motorhub
            .carCare()
            .completeServiceRequest()
            .complete(new CompleteServiceRequest.Command(annIn, request.id()));
    shop.motorhub
        .carCare()
        .giveFeedback()
        .give(new GiveFeedback.Command(alice, request.id(), new Rating(5), "Spotless."));

    assertThat(done.invoice().bill().total().plain()).isEqualTo("88.50");
    assertThat(shop.motorhub.billing().viewInvoices().get(alice, done.invoice().id()))
        .isEqualTo(done.invoice());
    assertThat(shop.motorhub.carCare().viewServiceRequests().get(alice, request.id()))
        .isEqualTo(done.request());
    var profile = shop.motorhub.carCare().viewMechanics().get(alice, ann.id());
    assertThat(profile.rating().average()).isEqualByComparingTo("5.00");
    assertThat(profile.status()).map(s -> s.status()).contains(WorkStatus.AVAILABLE);
    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(
            () ->
                shop.motorhub
                    .carCare()
                    .giveFeedback()
                    .give(new GiveFeedback.Command(alice, request.id(), new Rating(1), "Again")));
  }

  @Test
  void anAbsence_sendsTheJobBackToPending_andTheDaysScheduleShowsIt() {
    Mechanic mo = shop.mechanic("mo", 12, 4, BRAKES);
    shop.present(mo);
    Principal alice = shop.customer("alice");
    ServiceRequest kept = shop.open(alice, BRAKES, shop.today());
    ServiceRequest cancelled = shop.open(alice, BRAKES, shop.today());
    shop.motorhub
        .carCare()
        .cancelServiceRequest()
        .cancel(new CancelServiceRequest.Command(alice, cancelled.id()));

    shop.mark(mo, shop.today(), AttendanceStatus.ABSENT);

    assertThat(shop.motorhub.carCare().viewServiceRequests().get(alice, kept.id()))
        .isInstanceOf(ServiceRequest.Pending.class);
    List<MechanicDay> day =
        shop.motorhub
            .carCare()
            .viewSchedule()
            .view(shop.staff, shop.today(), PageRequest.first(10))
            .items();
    assertThat(day)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.attendance()).contains(AttendanceStatus.ABSENT);
              assertThat(d.jobs()).isEmpty();
              assertThat(d.load()).isZero();
            });
  }

  @Test
  void aRevisedRequest_keepsItsNewDescriptionAndDate_andIsScheduledThatDay() {
    Mechanic mo = shop.mechanic("mo", 12, 4, OIL);
    shop.present(mo);
    Principal alice = shop.customer("alice");
    ServiceRequest request = shop.open(alice, OIL, shop.today());
    var tomorrow = shop.today().plusDays(1);

    ServiceRequest revised =
        shop.motorhub
            .carCare()
            .reviseServiceRequest()
            .revise(
                new ReviseServiceRequest.Command(alice, request.id(), "Oil and filter", tomorrow));

    assertThat(revised.details().requestedDate()).isEqualTo(tomorrow);
    assertThat(revised.mechanic()).contains(mo.id());
    assertThat(shop.motorhub.carCare().viewServiceRequests().get(alice, request.id()))
        .isEqualTo(revised)
        .satisfies(r -> assertThat(r.details().description()).isEqualTo("Oil and filter"));
  }
}
