package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.BRAKES;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Assignment;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Opening a request schedules it at once when a mechanic fits, and says why not otherwise. */
class OpenServiceRequestTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic junior = shop.mechanic("jo", 2, 2, OIL);
  private final Mechanic senior = shop.mechanic("sid", 15, 2, OIL, BRAKES);
  private final Principal alice = shop.customer("alice");

  @Test
  void aRequest_goesToThePresentMechanicWithTheLowestLoad_thenTheMoreExperienced() {
    shop.present(junior);
    shop.present(senior);

    ServiceRequest first = shop.open(alice, OIL, shop.today());
    ServiceRequest second = shop.open(alice, OIL, shop.today());

    assertThat(first).isInstanceOf(ServiceRequest.Scheduled.class);
    assertThat(first.mechanic()).contains(senior.id());
    assertThat(second.mechanic()).contains(junior.id());
    assertThat(shop.toldTo(alice.actor().id()))
        .containsOnly(NotificationKind.SERVICE_REQUEST_SCHEDULED)
        .hasSize(2);
    assertThat(shop.toldTo(senior.userId())).containsExactly(NotificationKind.JOB_ASSIGNED);
  }

  @Test
  void aMechanicWhoIsOffNow_takesNoJobToday() {
    shop.present(junior);
    shop.present(senior);
    shop.motorhub
        .carCare()
        .setWorkStatus()
        .set(new SetWorkStatus.Command(shop.staff, senior.id(), WorkStatus.OFF));

    assertThat(shop.open(alice, OIL, shop.today()).mechanic()).contains(junior.id());
    assertThat(shop.open(alice, OIL, shop.today().plusDays(1)).mechanic()).contains(senior.id());
  }

  @Test
  void aFutureDate_goesToThoseWorkingThatWeekday() {
    ServiceRequest request = shop.open(alice, BRAKES, shop.today().plusDays(1));

    assertThat(request.mechanic()).contains(senior.id());
  }

  @Test
  void withNobodyFit_theRequestWaits_sayingWhy() {
    shop.present(junior);

    var noSpecialist = shop.open(alice, new ServiceKindCode("bodywork"), shop.today());
    var nobodyWorking = shop.open(alice, BRAKES, shop.today());
    shop.open(alice, OIL, shop.today());
    shop.open(alice, OIL, shop.today());
    var allFull = shop.open(alice, OIL, shop.today());
    var saturday = shop.open(alice, OIL, shop.today().plusDays(5));

    assertThat(reason(noSpecialist)).isEqualTo(Assignment.Reason.NO_SPECIALIST.message());
    assertThat(reason(nobodyWorking)).isEqualTo(Assignment.Reason.NOBODY_WORKING.message());
    assertThat(reason(allFull)).isEqualTo(Assignment.Reason.ALL_FULL.message());
    assertThat(reason(saturday)).isEqualTo(Assignment.Reason.NOBODY_WORKING.message());
  }

  @Test
  void anUnknownKind_aPastDate_anotherCustomersVehicle_orANonCustomer_areRefused() {
    assertThat(
            refused(
                    InvalidInput.class,
                    () -> shop.open(alice, new ServiceKindCode("nope"), shop.today()))
                .errors())
        .containsKey("service_kind");
    assertThat(
            refused(InvalidInput.class, () -> shop.open(alice, OIL, shop.today().minusDays(1)))
                .errors())
        .containsKey("requested_date");
    refused(
        NotFound.class,
        () ->
            shop.motorhub
                .carCare()
                .openServiceRequest()
                .open(
                    new OpenServiceRequest.Command(
                        alice,
                        OIL,
                        "Oil",
                        shop.today(),
                        Optional.of(new VehicleId(UUID.randomUUID())))));
    refused(Forbidden.class, () -> shop.open(shop.staff, OIL, shop.today()));
  }

  private static String reason(ServiceRequest request) {
    return ((ServiceRequest.Pending) request).waitingReason();
  }
}
