package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.CarCareFixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.RatingSummary;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code FeedbackRepository} keeps: one feedback a request, and mechanics' ratings. */
public abstract class FeedbackRepositoryContract extends StoreContract {
  private User alice;
  private Mechanic mo;
  private Mechanic ann;

  @BeforeEach
  void aCustomerAndTwoMechanics() {
    alice = CarCareFixtures.account(store, "alice");
    mo = CarCareFixtures.mechanic(store, "mo");
    ann = CarCareFixtures.mechanic(store, "ann");
  }

  private ServiceRequest.Completed completedBy(Mechanic mechanic) {
    Invoice.Open invoice = BillingFixtures.invoice(alice.id());
    var done =
        CarCareFixtures.scheduled(alice.id(), mechanic, DAY)
            .start(Fixtures.at(1))
            .complete(invoice.id(), Fixtures.at(2));
    runTx(
        () -> {
          store.invoices().add(invoice);
          store.serviceRequests().add(done);
        });
    return done;
  }

  private static Feedback feedback(ServiceRequest.Completed request, int rating) {
    return request.feedback(
        new FeedbackId(Fixtures.nextId()), new Rating(rating), "Quick and tidy", Fixtures.at(3));
  }

  @Test
  void feedback_isFoundByIdAndRequest_withEveryField() {
    Feedback given = feedback(completedBy(mo), 4);
    runTx(() -> store.feedback().add(given));

    assertThat(inTx(() -> store.feedback().findById(given.id()))).contains(given);
    assertThat(inTx(() -> store.feedback().findByRequest(given.request()))).contains(given);
    assertThat(inTx(() -> store.feedback().list(Optional.of(alice.id()), PageRequest.first(5))))
        .satisfies(page -> assertThat(page.items()).containsExactly(given));
    assertThat(inTx(() -> store.feedback().list(Optional.of(mo.userId()), PageRequest.first(5))))
        .satisfies(page -> assertThat(page.items()).isEmpty());
  }

  @Test
  void revisedFeedback_keepsItsRequestAuthorAndTime_andCountsInTheRatingAnew() {
    Feedback given = feedback(completedBy(mo), 2);
    runTx(() -> store.feedback().add(given));

    Feedback revised = given.revised(new Rating(5), "Better than I first thought");
    runTx(() -> store.feedback().update(revised));

    assertThat(inTx(() -> store.feedback().findById(given.id()))).contains(revised);
    assertThat(inTx(() -> store.feedback().ratingsOf(List.of(mo.id()))).get(mo.id()).count())
        .isEqualTo(1);
    assertThat(inTx(() -> store.feedback().ratingsOf(List.of(mo.id()))).get(mo.id()).average())
        .isEqualByComparingTo("5");
  }

  @Test
  void updatingFeedbackNoLongerStored_isNotFound() {
    Feedback never = feedback(completedBy(mo), 3);
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> runTx(() -> store.feedback().update(never)));
  }

  @Test
  void deletedFeedback_isGone_andItsRequestMayBeRatedAnew() {
    ServiceRequest.Completed done = completedBy(mo);
    Feedback given = feedback(done, 1);
    runTx(() -> store.feedback().add(given));

    runTx(() -> store.feedback().delete(given.id()));

    assertThat(inTx(() -> store.feedback().findById(given.id()))).isEmpty();
    assertThat(inTx(() -> store.feedback().ratingsOf(List.of(mo.id()))))
        .containsEntry(mo.id(), RatingSummary.NONE);
    Feedback again = feedback(done, 4);
    runTx(() -> store.feedback().add(again));
    assertThat(inTx(() -> store.feedback().findByRequest(done.id()))).contains(again);
  }

  @Test
  void aSecondFeedbackOnARequest_isAConflict() {
    ServiceRequest.Completed done = completedBy(mo);
    runTx(() -> store.feedback().add(feedback(done, 5)));

    assertConflict(
        () -> store.feedback().add(feedback(done, 1)),
        "",
        "Feedback was given on this request already.");
  }

  @Test
  void ratingsOf_sumsEachMechanicsRatings_andNoneForTheUnrated() {
    runTx(
        () -> {
          store.feedback().add(feedback(completedBy(mo), 5));
          store.feedback().add(feedback(completedBy(mo), 4));
        });

    Map<?, RatingSummary> ratings =
        inTx(() -> store.feedback().ratingsOf(List.of(mo.id(), ann.id())));

    assertThat(ratings.get(mo.id())).isEqualTo(new RatingSummary(2, 9));
    assertThat(ratings.get(ann.id())).isEqualTo(RatingSummary.NONE);
    assertThat(ratings.get(mo.id()).average()).isEqualByComparingTo("4.50");
  }
}
