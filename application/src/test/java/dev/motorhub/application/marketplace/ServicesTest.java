package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff define, revise and remove the marketplace's services; everyone reads the active ones. */
class ServicesTest {
  private final TestTrading market = TestTrading.start();

  private ServiceOffering create(Principal who, ServiceTerms terms) {
    return market
        .motorhub
        .marketplace()
        .createService()
        .create(new CreateService.Command(who, terms));
  }

  private ServiceOffering update(Principal who, ServiceOffering service, ServiceTerms changes) {
    return market
        .motorhub
        .marketplace()
        .updateService()
        .update(new UpdateService.Command(who, service.id(), changes));
  }

  private void remove(Principal who, ServiceId service) {
    market.motorhub.marketplace().removeService().remove(new RemoveService.Command(who, service));
  }

  private List<ServiceOffering> list(Principal who) {
    return market.motorhub.marketplace().viewServices().list(who, PageRequest.first(100)).items();
  }

  private ServiceOffering get(Principal who, ServiceOffering service) {
    return market.motorhub.marketplace().viewServices().get(who, service.id());
  }

  private static ServiceTerms terms(String kind, String name, String fee) {
    return new ServiceTerms(kind, name, fee, "Weekly rentals", null);
  }

  private static ServiceTerms rename(String name) {
    return new ServiceTerms(null, name, null, null, null);
  }

  private static ServiceTerms activate(boolean active) {
    return new ServiceTerms(null, null, null, null, active);
  }

  @Test
  void staffDefineAService_activeUnlessTheySayOtherwise_inTheConfiguredCurrency() {
    ServiceOffering rent = create(market.staff, terms(" Rent ", "Rental listing", "15"));

    assertThat(rent.kind()).isEqualTo(new ServiceKind("rent"));
    assertThat(rent.name()).isEqualTo("Rental listing");
    assertThat(rent.fee().plain()).isEqualTo("15.00");
    assertThat(rent.fee().currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(rent.description()).isEqualTo("Weekly rentals");
    assertThat(rent.active()).isTrue();
    assertThat(rent.createdAt()).isEqualTo(market.clock.instant());
    assertThat(get(market.olive, rent)).isEqualTo(rent);
    assertThat(
            create(market.staff, new ServiceTerms("sell", "Dormant listing", "0", "", false))
                .active())
        .isFalse();
  }

  @Test
  void theSuperuserManagesServicesToo() {
    Principal root = TestAccounts.superuser(market.motorhub);

    ServiceOffering rent = create(root, terms("rent", "Rental listing", "15.00"));
    update(root, rent, rename("Rentals"));
    remove(root, rent.id());

    assertThat(list(root)).extracting(ServiceOffering::name).doesNotContain("Rentals");
  }

  @Test
  void customersAndMechanics_neitherDefineNorReviseNorRemoveServices() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    for (Principal who : List.of(market.olive, mechanic)) {
      refused(Forbidden.class, () -> create(who, terms("rent", "Rentals", "15.00")));
      refused(Forbidden.class, () -> update(who, market.lease, rename("Mine now")));
      refused(Forbidden.class, () -> remove(who, market.lease.id()));
    }

    assertThat(list(market.staff))
        .containsExactly(market.lease, market.sale)
        .extracting(ServiceOffering::name)
        .doesNotContain("Rentals", "Mine now");
  }

  @Test
  void everyMissingTerm_isNamedAtOnce() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () -> create(market.staff, new ServiceTerms(null, " ", null, null, null)));

    assertThat(invalid.errors()).containsOnlyKeys("kind", "name", "fee");
  }

  @Test
  void aMalformedKind_orAFeeThatIsNegativeOrNoNumber_isInvalid() {
    assertThat(
            refused(InvalidInput.class, () -> create(market.staff, terms("x", "X", "1"))).errors())
        .containsOnlyKeys("kind");
    assertThat(
            refused(
                    InvalidInput.class,
                    () -> create(market.staff, terms("rent", "Rentals", "-1.00")))
                .errors())
        .containsOnlyKeys("fee");
    assertThat(
            refused(InvalidInput.class, () -> create(market.staff, terms("rent", "Rentals", "ten")))
                .errors())
        .containsOnlyKeys("fee");
    assertThat(list(market.staff)).hasSize(2);
  }

  @Test
  void aNameTakenInAnyCase_isAConflict_onDefiningOrRenaming() {
    Conflict onCreate =
        refused(Conflict.class, () -> create(market.staff, terms("rent", "LEASE listing", "1")));
    Conflict onRename =
        refused(Conflict.class, () -> update(market.staff, market.sale, rename("lease LISTING")));

    assertThat(onCreate.field()).isEqualTo("name");
    assertThat(onRename.field()).isEqualTo("name");
    assertThat(get(market.staff, market.sale).name()).isEqualTo("Sale listing");
  }

  @Test
  void aServiceMayBeRenamed_toItsOwnNameInAnotherCase() {
    assertThat(update(market.staff, market.lease, rename("LEASE Listing")).name())
        .isEqualTo("LEASE Listing");
  }

  @Test
  void staffReviseAService_whatTheyLeaveOutStaysAsItWas() {
    market.clock.advance(Duration.ofHours(1));

    ServiceOffering revised =
        update(market.staff, market.lease, new ServiceTerms(null, null, "75.5", "Premium", null));

    assertThat(revised.fee().plain()).isEqualTo("75.50");
    assertThat(revised.description()).isEqualTo("Premium");
    assertThat(revised.name()).isEqualTo(market.lease.name());
    assertThat(revised.kind()).isEqualTo(ServiceKind.LEASE);
    assertThat(revised.active()).isTrue();
    assertThat(revised.createdAt()).isEqualTo(market.lease.createdAt());
    assertThat(revised.updatedAt()).isEqualTo(market.clock.instant());
    assertThat(get(market.staff, market.lease)).isEqualTo(revised);
  }

  @Test
  void aServicesKindCannotChange_butRestatingItIsFine() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () ->
                update(
                    market.staff, market.lease, new ServiceTerms("sell", null, null, null, null)));

    assertThat(invalid.errors()).containsOnlyKeys("kind");
    assertThat(get(market.staff, market.lease).kind()).isEqualTo(ServiceKind.LEASE);
    assertThat(
            update(market.staff, market.lease, new ServiceTerms("LEASE", null, null, null, null))
                .kind())
        .isEqualTo(ServiceKind.LEASE);
  }

  @Test
  void revisingOrRemovingAnUnknownService_isNotFound() {
    ServiceOffering gone = create(market.staff, terms("rent", "Rentals", "1"));
    remove(market.staff, gone.id());

    refused(NotFound.class, () -> update(market.staff, gone, rename("Back")));
    refused(NotFound.class, () -> remove(market.staff, gone.id()));
    refused(NotFound.class, () -> remove(market.staff, new ServiceId(UUID.randomUUID())));
    refused(NotFound.class, () -> get(market.staff, gone));
  }

  @Test
  void inactiveServices_areHiddenFromEveryoneButStaff() {
    ServiceOffering dormant = update(market.staff, market.sale, activate(false));
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    for (Principal who : List.of(market.olive, mechanic)) {
      assertThat(list(who)).containsExactly(market.lease);
      refused(NotFound.class, () -> get(who, dormant));
    }
    assertThat(list(market.staff)).containsExactly(market.lease, dormant);
    assertThat(get(market.staff, dormant).active()).isFalse();
  }

  @Test
  void anInactiveService_takesNoNewTrades_untilItIsActiveAgain() {
    update(market.staff, market.sale, activate(false));

    assertThat(refused(RuleViolated.class, () -> market.trade(market.olive, market.sale)))
        .hasMessageContaining("takes no new trades");

    update(market.staff, market.sale, activate(true));
    assertThat(market.trade(market.olive, market.sale).service()).isEqualTo(market.sale.id());
  }

  @Test
  void tradesOpenAlready_keepAServiceMadeInactive() {
    var trade = market.trade(market.olive, market.sale);
    update(market.staff, market.sale, activate(false));

    var offer = market.offer(market.olive, trade, "9000.00");
    var deal = market.accept(market.bruno, offer);

    assertThat(deal.trade().service()).isEqualTo(market.sale.id());
    assertThat(market.invoicesOf(market.olive)).singleElement();
  }

  @Test
  void staffRemoveAServiceNoTradeWasOpenedUnder() {
    ServiceOffering rent = create(market.staff, terms("rent", "Rentals", "1"));

    remove(market.staff, rent.id());

    assertThat(list(market.staff)).doesNotContain(rent);
    assertThat(create(market.staff, terms("rent", "rentals", "2")).name()).isEqualTo("rentals");
  }

  @Test
  void aServiceInUse_evenByACancelledTrade_cannotBeRemoved_onlyMadeInactive() {
    var trade = market.trade(market.olive, market.sale);
    market.cancel(market.olive, trade);

    assertThat(refused(RuleViolated.class, () -> remove(market.staff, market.sale.id())))
        .hasMessageContaining("make it inactive");
    assertThat(get(market.staff, market.sale)).isEqualTo(market.sale);
    assertThat(update(market.staff, market.sale, activate(false)).active()).isFalse();
  }

  @Test
  void aNewFee_appliesToInvoicesIssuedFromThenOn() {
    var first = market.trade(market.olive, market.lease);
    market.offer(market.olive, first, "12000.00");
    update(market.staff, market.lease, new ServiceTerms(null, null, "80.00", null, null));
    var second = market.trade(market.olive, market.lease);
    market.offer(market.olive, second, "12000.00");

    assertThat(market.invoicesOf(market.olive))
        .extracting(invoice -> invoice.bill().total().plain())
        .containsExactly("50.00", "80.00");
  }
}
