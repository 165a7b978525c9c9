package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

/** Feedback given is changed by its customer alone, and withdrawn by them or removed by staff. */
class FeedbackChangesTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 5, 4, OIL);
  private final Principal alice = shop.customer("alice");
  private final Principal moIn = shop.signedIn(mo);
  private final Feedback given = givenOnACompletedJob();

  private Feedback givenOnACompletedJob() {
    shop.present(mo);
    ServiceRequest request = shop.open(alice, OIL, shop.today());
    shop.workedAndCompleted(moIn, request);
    return shop.motorhub
        .carCare()
        .giveFeedback()
        .give(new GiveFeedback.Command(alice, request.id(), new Rating(2), "Slow"));
  }

  private Feedback revise(Principal by, int rating, String text) {
    return shop.motorhub
        .carCare()
        .reviseFeedback()
        .revise(new ReviseFeedback.Command(by, given.id(), new Rating(rating), text));
  }

  private void remove(Principal by) {
    shop.motorhub.carCare().removeFeedback().remove(new RemoveFeedback.Command(by, given.id()));
  }

  private Rating ratingOfMo() {
    var profile = shop.motorhub.carCare().viewMechanics().get(alice, mo.id());
    return new Rating(profile.rating().average().intValue());
  }

  @Test
  void itsCustomerChangesTheRatingAndText_andTheMechanicsRatingFollows() {
    Feedback revised = revise(alice, 5, "Slow but thorough");

    assertThat(revised.rating()).isEqualTo(new Rating(5));
    assertThat(revised.text()).isEqualTo("Slow but thorough");
    assertThat(revised.createdAt()).isEqualTo(given.createdAt());
    assertThat(ratingOfMo()).isEqualTo(new Rating(5));
  }

  @Test
  void nobodyElseChangesIt_thoseWhoCannotSeeItAreNotFound() {
    refused(Forbidden.class, () -> revise(shop.staff, 5, "Staff words"));
    refused(Forbidden.class, () -> revise(moIn, 5, "Self praise"));
    refused(NotFound.class, () -> revise(shop.customer("bob"), 5, "Not mine"));
  }

  @Test
  void staffRemoveIt_orItsCustomerWithdrawsIt_theMechanicMayNot() {
    refused(Forbidden.class, () -> remove(moIn));
    refused(NotFound.class, () -> remove(shop.customer("bob")));

    remove(shop.staff);

    refused(NotFound.class, () -> remove(alice));
    var profile = shop.motorhub.carCare().viewMechanics().get(alice, mo.id());
    assertThat(profile.rating().count()).isZero();
  }

  @Test
  void itsCustomerWithdrawsIt() {
    remove(alice);

    refused(
        NotFound.class, () -> shop.motorhub.carCare().viewFeedback().get(shop.staff, given.id()));
  }
}
