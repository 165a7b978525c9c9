package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.CarCareFixtures.DAY;
import static dev.motorhub.application.contract.CarCareFixtures.pending;
import static dev.motorhub.application.contract.CarCareFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.carcare.ServiceRequestFilter;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code ServiceRequestRepository} keeps: every state, versions and a day's load. */
public abstract class ServiceRequestRepositoryContract extends StoreContract {
  private User alice;
  private Mechanic mo;
  private Mechanic ann;

  @BeforeEach
  void aCustomerAndTwoMechanics() {
    alice = CarCareFixtures.account(store, "alice");
    mo = CarCareFixtures.mechanic(store, "mo");
    ann = CarCareFixtures.mechanic(store, "ann");
  }

  @Test
  void everyState_isKeptWithEveryField_oneVersionOnAtEachChange() {
    ServiceRequest.Pending pending = pending(alice.id(), DAY);
    runTx(() -> store.serviceRequests().add(pending));
    assertThat(inTx(() -> store.serviceRequests().findById(pending.id()))).contains(pending);

    var scheduled = (ServiceRequest.Scheduled) update(pending.schedule(mo.id(), Fixtures.at(1)));
    var reassigned =
        (ServiceRequest.Scheduled) update(scheduled.reassign(ann.id(), Fixtures.at(2)));
    var started = (ServiceRequest.InProgress) update(reassigned.start(Fixtures.at(3)));
    Invoice.Open invoice = BillingFixtures.invoice(alice.id());
    runTx(() -> store.invoices().add(invoice));
    ServiceRequest completed = update(started.complete(invoice.id(), Fixtures.at(4)));

    assertThat(completed.version()).isEqualTo(4);
    assertThat(inTx(() -> store.serviceRequests().lock(pending.id()))).contains(completed);
  }

  @Test
  void aCancelledRequest_keepsWhoHadItAndWhoCancelled() {
    ServiceRequest.Scheduled request = scheduled(alice.id(), mo, DAY);
    runTx(() -> store.serviceRequests().add(request));

    ServiceRequest cancelled = update(request.cancel(alice.id(), Fixtures.at(5)));

    assertThat(cancelled).isInstanceOf(ServiceRequest.Cancelled.class);
    assertThat(inTx(() -> store.serviceRequests().findById(request.id()))).contains(cancelled);
  }

  @Test
  void aRevisedRequest_keepsItsNewDescriptionAndDate_throughItsNextStates() {
    ServiceRequest.Scheduled request = scheduled(alice.id(), mo, DAY);
    runTx(() -> store.serviceRequests().add(request));

    var revised =
        (ServiceRequest.Pending) update(request.revise("Brakes squeal when cold", DAY.plusDays(2)));
    ServiceRequest rescheduled = update(revised.schedule(ann.id(), Fixtures.at(2)));

    assertThat(revised.details().description()).isEqualTo("Brakes squeal when cold");
    assertThat(revised.details().requestedDate()).isEqualTo(DAY.plusDays(2));
    assertThat(inTx(() -> store.serviceRequests().findById(request.id()))).contains(rescheduled);
    assertThat(rescheduled.details()).isEqualTo(revised.details());
    assertThat(search(new ServiceRequestFilter(none(), none(), none(), Optional.of(DAY))))
        .isEmpty();
    assertThat(
            search(new ServiceRequestFilter(none(), none(), none(), Optional.of(DAY.plusDays(2)))))
        .containsExactly(rescheduled);
  }

  @Test
  void aChangeOnAStaleCopy_isAConflict() {
    ServiceRequest.Pending pending = pending(alice.id(), DAY);
    runTx(() -> store.serviceRequests().add(pending));
    update(pending.schedule(mo.id(), Fixtures.at(1)));

    assertConflict(
        () -> store.serviceRequests().update(pending.schedule(ann.id(), Fixtures.at(2))),
        "",
        "The service request was changed meanwhile; reload it and try again.");
  }

  @Test
  void loadAndAssignedOn_countScheduledStartedAndCompletedJobsOfTheDay_notCancelledOrPending() {
    ServiceRequest.Scheduled first = scheduled(alice.id(), mo, DAY);
    ServiceRequest.Scheduled second = scheduled(alice.id(), mo, DAY);
    ServiceRequest.Scheduled cancelled = scheduled(alice.id(), ann, DAY);
    ServiceRequest.Scheduled otherDay = scheduled(alice.id(), ann, DAY.plusDays(1));
    ServiceRequest.Pending waiting = pending(alice.id(), DAY);
    runTx(
        () ->
            List.of(first, second, cancelled, otherDay, waiting)
                .forEach(store.serviceRequests()::add));
    ServiceRequest started = update(second.start(Fixtures.at(3)));
    update(cancelled.cancel(alice.id(), Fixtures.at(4)));

    assertThat(inTx(() -> store.serviceRequests().loadOn(DAY))).isEqualTo(Map.of(mo.id(), 2));
    assertThat(inTx(() -> store.serviceRequests().assignedOn(DAY))).containsExactly(first, started);
    assertThat(inTx(() -> store.serviceRequests().hasWorkInProgress(mo.id()))).isTrue();
    assertThat(inTx(() -> store.serviceRequests().hasWorkInProgress(ann.id()))).isFalse();
    runTx(() -> store.serviceRequests().lockDay(DAY));
  }

  @Test
  void search_filtersByCustomerMechanicStatusAndDate_inIdOrder() {
    User bob = CarCareFixtures.account(store, "bob");
    ServiceRequest.Scheduled alicesMo = scheduled(alice.id(), mo, DAY);
    ServiceRequest.Pending alicesLater = pending(alice.id(), DAY.plusDays(2));
    ServiceRequest.Scheduled bobsAnn = scheduled(bob.id(), ann, DAY);
    runTx(() -> List.of(alicesMo, alicesLater, bobsAnn).forEach(store.serviceRequests()::add));
    var all = ServiceRequestFilter.ALL;

    assertThat(search(new ServiceRequestFilter(Optional.of(alice.id()), none(), none(), none())))
        .containsExactly(alicesMo, alicesLater);
    assertThat(search(new ServiceRequestFilter(none(), Optional.of(ann.id()), none(), none())))
        .containsExactly(bobsAnn);
    assertThat(search(new ServiceRequestFilter(none(), none(), Optional.of("pending"), none())))
        .containsExactly(alicesLater);
    assertThat(search(new ServiceRequestFilter(none(), none(), none(), Optional.of(DAY))))
        .containsExactly(alicesMo, bobsAnn);
    var first = inTx(() -> store.serviceRequests().search(all, PageRequest.first(2)));
    assertThat(first.items()).containsExactly(alicesMo, alicesLater);
    assertThat(inTx(() -> store.serviceRequests().search(all, Fixtures.nextPage(first, 2))).items())
        .containsExactly(bobsAnn);
  }

  private ServiceRequest update(ServiceRequest request) {
    return inTx(() -> store.serviceRequests().update(request));
  }

  private List<ServiceRequest> search(ServiceRequestFilter filter) {
    return inTx(() -> store.serviceRequests().search(filter, PageRequest.first(50))).items();
  }

  private static <T> Optional<T> none() {
    return Optional.empty();
  }
}
