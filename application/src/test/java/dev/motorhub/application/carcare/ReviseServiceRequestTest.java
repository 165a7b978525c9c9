package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a request asks for changes until work starts; a new date schedules it anew. */
class ReviseServiceRequestTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 5, 4, OIL);
  private final Principal alice = shop.customer("alice");

  private ServiceRequest revise(Principal by, ServiceRequest request, String text, LocalDate day) {
    return shop.motorhub
        .carCare()
        .reviseServiceRequest()
        .revise(new ReviseServiceRequest.Command(by, request.id(), text, day));
  }

  @Test
  void anotherDescription_keepsTheMechanic_andAnotherDate_schedulesAnew() {
    shop.present(mo);
    ServiceRequest request = shop.open(alice, OIL, shop.today());

    ServiceRequest described = revise(alice, request, "Oil and wipers", shop.today());
    assertThat(described.details().description()).isEqualTo("Oil and wipers");
    assertThat(described.mechanic()).contains(mo.id());

    ServiceRequest saturday = revise(alice, request, "Oil and wipers", shop.today().plusDays(5));
    assertThat(saturday).isInstanceOf(ServiceRequest.Pending.class);
    assertThat(shop.toldTo(mo.userId())).contains(NotificationKind.JOB_WITHDRAWN);
    assertThat(shop.toldTo(alice.actor().id()))
        .contains(NotificationKind.SERVICE_REQUEST_UNSCHEDULED);

    ServiceRequest tuesday = revise(shop.staff, request, "Oil", shop.today().plusDays(1));
    assertThat(tuesday.mechanic()).contains(mo.id());
    assertThat(tuesday.details().requestedDate()).isEqualTo(shop.today().plusDays(1));
  }

  @Test
  void onlyTheCustomerOrStaff_onlyBeforeWorkStarts_neverIntoThePast() {
    shop.present(mo);
    ServiceRequest request = shop.open(alice, OIL, shop.today());

    refused(NotFound.class, () -> revise(shop.customer("bob"), request, "Mine", shop.today()));
    refused(Forbidden.class, () -> revise(shop.signedIn(mo), request, "Mine", shop.today()));
    assertThat(
            refused(
                    InvalidInput.class,
                    () -> revise(alice, request, "Oil", shop.today().minusDays(1)))
                .errors())
        .containsKey("requested_date");
    shop.start(shop.staff, request);
    refused(RuleViolated.class, () -> revise(alice, request, "Oil", shop.today()));
  }
}
