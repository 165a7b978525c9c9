package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import org.junit.jupiter.api.Test;

/** Who may cancel a request when, and feedback: the customer's, once completed, once. */
class CancelAndFeedbackTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 5, 4, OIL);
  private final Principal alice = shop.customer("alice");
  private final Principal moIn = shop.signedIn(mo);

  private ServiceRequest job() {
    shop.present(mo);
    return shop.open(alice, OIL, shop.today());
  }

  private ServiceRequest cancel(Principal by, ServiceRequest request) {
    return shop.motorhub
        .carCare()
        .cancelServiceRequest()
        .cancel(new CancelServiceRequest.Command(by, request.id()));
  }

  private void feedback(Principal by, ServiceRequest request, int rating) {
    shop.motorhub
        .carCare()
        .giveFeedback()
        .give(new GiveFeedback.Command(by, request.id(), new Rating(rating), "Spotless work"));
  }

  private ServiceRequest completed() {
    ServiceRequest request = job();
    shop.workedAndCompleted(moIn, request);
    return request;
  }

  @Test
  void theCustomerCancelsBeforeWorkStarts_andTheMechanicIsTold() {
    ServiceRequest request = job();

    assertThat(cancel(alice, request)).isInstanceOf(ServiceRequest.Cancelled.class);
    assertThat(shop.toldTo(mo.userId())).contains(NotificationKind.JOB_WITHDRAWN);
    refused(RuleViolated.class, () -> cancel(alice, request));
  }

  @Test
  void onceWorkStarted_onlyStaffCancel_andNobodyAfterCompletion() {
    ServiceRequest request = job();
    shop.start(moIn, request);

    refused(Forbidden.class, () -> cancel(alice, request));
    assertThat(cancel(shop.staff, request).status()).isEqualTo("cancelled");
    assertThat(shop.toldTo(alice.actor().id()))
        .contains(NotificationKind.SERVICE_REQUEST_CANCELLED);
    refused(RuleViolated.class, () -> cancel(shop.staff, completed()));
  }

  @Test
  void feedback_isTheCustomersOnly_onceCompleted_once_andRatesTheMechanic() {
    ServiceRequest request = job();
    refused(RuleViolated.class, () -> feedback(alice, request, 5));
    shop.start(moIn, request);
    shop.cost(moIn, request, "Oil", 1, "30");
    shop.motorhub
        .carCare()
        .completeServiceRequest()
        .complete(new CompleteServiceRequest.Command(moIn, request.id()));
    Principal bob = shop.customer("bob");

    refused(NotFound.class, () -> feedback(bob, request, 5));
    refused(Forbidden.class, () -> feedback(moIn, request, 5));
    feedback(alice, request, 4);
    refused(Conflict.class, () -> feedback(alice, request, 5));
    feedback(alice, completed(), 5);

    var profile = shop.motorhub.carCare().viewMechanics().get(bob, mo.id());
    assertThat(profile.rating().count()).isEqualTo(2);
    assertThat(profile.rating().average()).isEqualByComparingTo("4.50");
  }

  @Test
  void aRatingOutsideOneToFive_namesTheRating() {
    assertThat(refused(InvalidInput.class, () -> new Rating(6)).errors()).containsKey("rating");
    assertThat(refused(InvalidInput.class, () -> new Rating(0)).errors()).containsKey("rating");
  }
}
