package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.at;
import static dev.motorhub.application.contract.MarketFixtures.lease;
import static dev.motorhub.application.contract.MarketFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@code ServiceRepository} keeps: services with names unique in any case. */
public abstract class ServiceRepositoryContract extends StoreContract {
  private static final String TAKEN = "A service with this name already exists.";

  @Test
  void anAddedService_isFoundWithEveryField() {
    ServiceOffering rent =
        new ServiceOffering(
            new ServiceId(Fixtures.nextId()),
            new ServiceKind("rent"),
            "Weekend rental",
            Money.of("1500.50", "USD"),
            "By the day.\nInsurance included.",
            false,
            T0,
            at(5));
    runTx(() -> store.services().add(rent));

    assertThat(inTx(() -> store.services().findById(rent.id()))).contains(rent);
  }

  @Test
  void aFreeServiceWithoutDescription_isFoundAsStored() {
    ServiceOffering free =
        new ServiceOffering(
            new ServiceId(Fixtures.nextId()),
            ServiceKind.SELL,
            "Free sale",
            Money.of("0", "USD"),
            "",
            true,
            T0,
            T0);
    runTx(() -> store.services().add(free));

    assertThat(inTx(() -> store.services().findById(free.id()))).contains(free);
  }

  @Test
  void anUnknownService_isNotFound() {
    runTx(() -> store.services().add(lease("Standard lease")));

    assertThat(inTx(() -> store.services().findById(new ServiceId(Fixtures.nextId())))).isEmpty();
  }

  @Test
  void aNameTakenInAnotherCase_isAConflictOnTheName() {
    runTx(() -> store.services().add(lease("Standard lease")));

    assertConflict(
        () -> store.services().add(service("sell", "STANDARD Lease", "10.00")), "name", TAKEN);
    assertThat(list(false)).hasSize(1);
  }

  @Test
  void update_keepsTheRevisedTerms() {
    ServiceOffering service = lease("Standard lease");
    runTx(() -> store.services().add(service));
    ServiceOffering revised =
        service.revise("Premium lease", Money.of("99.99", "USD"), "Front page.", false, at(3));

    runTx(() -> store.services().update(revised));

    assertThat(inTx(() -> store.services().findById(service.id()))).contains(revised);
  }

  @Test
  void lock_letsConcurrentRevisionsOfAServiceGoOneAtATime() throws Exception {
    ServiceOffering service = lease("Standard lease");
    runTx(() -> store.services().add(service));

    Rivals.race(
        5,
        i ->
            () ->
                inTx(
                    () -> {
                      ServiceOffering now = store.services().lock(service.id()).orElseThrow();
                      store
                          .services()
                          .update(
                              now.revise(
                                  now.name(),
                                  now.fee(),
                                  now.description() + i,
                                  now.active(),
                                  at(i)));
                      return now;
                    }));

    assertThat(inTx(() -> store.services().findById(service.id())).orElseThrow().description())
        .as("every revision builds on the one before it")
        .hasSize(service.description().length() + 5)
        .contains("0", "1", "2", "3", "4");
    assertThat(inTx(() -> store.services().lock(new ServiceId(Fixtures.nextId())))).isEmpty();
  }

  @Test
  void update_mayChangeTheCaseOfItsOwnName() {
    ServiceOffering service = lease("Standard lease");
    runTx(() -> store.services().add(service));
    ServiceOffering revised =
        service.revise("STANDARD LEASE", service.fee(), service.description(), true, at(1));

    runTx(() -> store.services().update(revised));

    assertThat(inTx(() -> store.services().findById(service.id()))).contains(revised);
  }

  @Test
  void update_toAnotherServicesNameInAnyCase_isAConflict_andChangesNothing() {
    ServiceOffering first = lease("Standard lease");
    ServiceOffering second = service("sell", "Quick sale", "10.00");
    runTx(() -> List.of(first, second).forEach(store.services()::add));

    assertConflict(
        () ->
            store.services().update(second.revise("standard LEASE", second.fee(), "", true, at(1))),
        "name",
        TAKEN);
    assertThat(inTx(() -> store.services().findById(second.id()))).contains(second);
  }

  @Test
  void list_isEveryService_orTheActiveOnes_inIdOrder() {
    List<ServiceOffering> services = threeServicesTheSecondInactive();

    assertThat(list(false)).containsExactlyElementsOf(services);
    assertThat(list(true)).containsExactly(services.get(0), services.get(2));
  }

  @Test
  void list_pagesThroughTheActiveOnesWithCursors() {
    List<ServiceOffering> services = threeServicesTheSecondInactive();
    ServiceOffering fourth = service("rent", "Rental", "5.00");
    runTx(() -> store.services().add(fourth));

    Page<ServiceOffering> first = inTx(() -> store.services().list(true, PageRequest.first(2)));
    Page<ServiceOffering> second =
        inTx(() -> store.services().list(true, Fixtures.nextPage(first, 2)));

    assertThat(first.items()).containsExactly(services.get(0), services.get(2));
    assertThat(second.items()).containsExactly(fourth);
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void inUse_isWhetherATradeWasEverOpenedUnderTheService_evenOneSinceCancelled() {
    ServiceOffering used = lease("Standard lease");
    ServiceOffering unused = service("sell", "Quick sale", "10.00");
    User owner = Fixtures.user("alice");
    Vehicle car = GarageFixtures.vehicle(owner.id(), "Toyota", "Corolla", 2019, "KCA 001A");
    Trade.Open trade = MarketFixtures.trade(car, used, T0);
    runTx(
        () -> {
          List.of(used, unused).forEach(store.services()::add);
          store.users().add(owner);
          store.vehicles().add(car);
          store.trades().add(trade);
        });
    runTx(() -> store.trades().update(MarketFixtures.cancelled(trade, at(1))));

    assertThat(inTx(() -> store.services().inUse(used.id()))).isTrue();
    assertThat(inTx(() -> store.services().inUse(unused.id()))).isFalse();
  }

  @Test
  void delete_removesTheService_andFreesItsName() {
    ServiceOffering gone = lease("Standard lease");
    ServiceOffering kept = service("sell", "Quick sale", "10.00");
    runTx(() -> List.of(gone, kept).forEach(store.services()::add));

    runTx(() -> store.services().delete(gone.id()));
    ServiceOffering again = lease("STANDARD LEASE");
    runTx(() -> store.services().add(again));

    assertThat(inTx(() -> store.services().findById(gone.id()))).isEmpty();
    assertThat(list(false)).containsExactly(kept, again);
  }

  private List<ServiceOffering> threeServicesTheSecondInactive() {
    ServiceOffering standard = lease("Standard lease");
    ServiceOffering retired = service("sell", "Old sale", "1.00");
    List<ServiceOffering> services =
        List.of(
            standard,
            retired.revise(retired.name(), retired.fee(), "", false, at(1)),
            service("sell", "Quick sale", "10.00"));
    runTx(() -> services.forEach(store.services()::add));
    return services;
  }

  private List<ServiceOffering> list(boolean activeOnly) {
    return inTx(() -> store.services().list(activeOnly, PageRequest.first(100))).items();
  }
}
