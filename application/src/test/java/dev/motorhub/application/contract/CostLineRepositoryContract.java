package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.CarCareFixtures.DAY;
import static dev.motorhub.application.contract.CarCareFixtures.costLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code CostLineRepository} keeps: each request's lines, in the order added. */
public abstract class CostLineRepositoryContract extends StoreContract {
  private Mechanic mo;
  private ServiceRequest job;
  private ServiceRequest otherJob;

  @BeforeEach
  void twoJobs() {
    User alice = CarCareFixtures.account(store, "alice");
    mo = CarCareFixtures.mechanic(store, "mo");
    job = CarCareFixtures.scheduled(alice.id(), mo, DAY).start(Fixtures.at(1));
    otherJob = CarCareFixtures.scheduled(alice.id(), mo, DAY).start(Fixtures.at(1));
    runTx(
        () -> {
          store.serviceRequests().add(job);
          store.serviceRequests().add(otherJob);
        });
  }

  @Test
  void aChangedLine_keepsItsJobAuthorAndTime_andADeletedOneIsGone() {
    CostLine oil = costLine(job, mo.userId(), "45.50");
    CostLine filter = costLine(job, mo.userId(), "12.00");
    runTx(
        () -> {
          store.costLines().add(oil);
          store.costLines().add(filter);
        });

    CostLine changed =
        oil.revised(new InvoiceLine("Synthetic oil, 4 l", 1, Money.of("39.90", "USD")));
    runTx(() -> store.costLines().update(changed));
    runTx(() -> store.costLines().delete(filter.id()));

    assertThat(inTx(() -> store.costLines().findById(oil.id()))).contains(changed);
    assertThat(inTx(() -> store.costLines().ofRequest(job.id()))).containsExactly(changed);
    assertThat(inTx(() -> store.costLines().findById(filter.id()))).isEmpty();
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> runTx(() -> store.costLines().update(filter)));
  }

  @Test
  void linesAreKeptWithEveryField_perRequest_inIdOrder() {
    CostLine oil = costLine(job, mo.userId(), "45.50");
    CostLine other = costLine(otherJob, mo.userId(), "10.00");
    CostLine filter = costLine(job, mo.userId(), "12.00");
    runTx(
        () -> {
          store.costLines().add(oil);
          store.costLines().add(other);
          store.costLines().add(filter);
        });

    assertThat(inTx(() -> store.costLines().findById(oil.id()))).contains(oil);
    assertThat(inTx(() -> store.costLines().ofRequest(job.id()))).containsExactly(oil, filter);
    Page<CostLine> first = inTx(() -> store.costLines().list(job.id(), PageRequest.first(1)));
    assertThat(first.items()).containsExactly(oil);
    assertThat(inTx(() -> store.costLines().list(job.id(), Fixtures.nextPage(first, 1))).items())
        .containsExactly(filter);
  }
}
