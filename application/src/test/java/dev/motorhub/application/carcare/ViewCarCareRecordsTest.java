package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who reads which car care records: attendance, status changes, cost lines and feedback. */
class ViewCarCareRecordsTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 5, 4, OIL);
  private final Mechanic ann = shop.mechanic("ann", 5, 4, OIL);
  private final Principal alice = shop.customer("alice");
  private final Principal bob = shop.customer("bob");
  private final Principal moIn = shop.signedIn(mo);
  private final PageRequest page = PageRequest.first(20);

  @Test
  void attendance_isStaffsToSee_andEachMechanicsOwn() {
    shop.present(mo);
    shop.present(ann);
    var view = shop.motorhub.carCare().viewAttendance();

    assertThat(view.list(shop.staff, Optional.empty(), page).items()).hasSize(2);
    var own = view.list(moIn, Optional.of(ann.id()), page).items();
    assertThat(own).extracting(Attendance::mechanic).containsExactly(mo.id());
    refused(
        NotFound.class,
        () ->
            view.get(
                moIn, view.list(shop.staff, Optional.of(ann.id()), page).items().getFirst().id()));
    refused(Forbidden.class, () -> view.list(alice, Optional.empty(), page));
  }

  @Test
  void costLinesAndFeedback_areForThoseTheRequestConcerns() {
    shop.present(mo);
    ServiceRequest job = shop.open(alice, OIL, shop.today());
    shop.start(moIn, job);
    shop.cost(moIn, job, "Oil", 1, "20");
    var requests = shop.motorhub.carCare().viewServiceRequests();
    CostLine line = requests.costLines(alice, job.id(), page).items().getFirst();
    shop.motorhub
        .carCare()
        .completeServiceRequest()
        .complete(new CompleteServiceRequest.Command(moIn, job.id()));
    var given =
        shop.motorhub
            .carCare()
            .giveFeedback()
            .give(new GiveFeedback.Command(alice, job.id(), new Rating(3), "Fine"));

    assertThat(requests.costLine(moIn, line.id())).isEqualTo(line);
    refused(NotFound.class, () -> requests.costLine(bob, line.id()));
    var feedback = shop.motorhub.carCare().viewFeedback();
    assertThat(feedback.list(alice, page).items()).containsExactly(given);
    assertThat(feedback.list(bob, page).items()).isEmpty();
    assertThat(feedback.get(moIn, given.id())).isEqualTo(given);
    refused(NotFound.class, () -> feedback.get(bob, given.id()));
    assertThat(
            shop.motorhub
                .carCare()
                .viewWorkStatuses()
                .history(bob, Optional.of(mo.id()), page)
                .items())
        .isNotEmpty();
  }

  @Test
  void anUnknownStatusFilter_namesTheStatus() {
    assertThat(
            refused(
                    InvalidInput.class,
                    () ->
                        new ServiceRequestFilter(
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of("done"),
                            Optional.empty()))
                .errors())
        .containsKey("status");
  }
}
