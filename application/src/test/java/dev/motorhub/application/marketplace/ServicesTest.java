package dev.motorhub.application.marketplace;

import static dev.motorhub.application.marketplace.ServiceDesk.rename;
import static dev.motorhub.application.marketplace.ServiceDesk.terms;
import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff define, revise and remove the marketplace's services; everyone reads the active ones. */
class ServicesTest {
  private final TestTrading market = TestTrading.start();

  private final ServiceDesk desk = new ServiceDesk(market);

  @Test
  void staffDefineAService_activeUnlessTheySayOtherwise_inTheConfiguredCurrency() {
    ServiceOffering rent = desk.create(market.staff, terms(" Rent ", "Rental listing", "15"));

    assertThat(rent.kind()).isEqualTo(new ServiceKind("rent"));
    assertThat(rent.name()).isEqualTo("Rental listing");
    assertThat(rent.fee().plain()).isEqualTo("15.00");
    assertThat(rent.fee().currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(rent.description()).isEqualTo("Weekly rentals");
    assertThat(rent.active()).isTrue();
    assertThat(rent.createdAt()).isEqualTo(market.clock.instant());
    assertThat(desk.get(market.olive, rent)).isEqualTo(rent);
    assertThat(
            desk.create(market.staff, new ServiceTerms("sell", "Dormant listing", "0", "", false))
                .active())
        .isFalse();
  }

  @Test
  void theSuperuserManagesServicesToo() {
    Principal root = TestAccounts.superuser(market.motorhub);

    ServiceOffering rent = desk.create(root, terms("rent", "Rental listing", "15.00"));
    desk.update(root, rent, rename("Rentals"));
    desk.remove(root, rent.id());

    assertThat(desk.list(root)).extracting(ServiceOffering::name).doesNotContain("Rentals");
  }

  @Test
  void customersAndMechanics_neitherDefineNorReviseNorRemoveServices() {
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    for (Principal who : List.of(market.olive, mechanic)) {
      refused(Forbidden.class, () -> desk.create(who, terms("rent", "Rentals", "15.00")));
      refused(Forbidden.class, () -> desk.update(who, market.lease, rename("Mine now")));
      refused(Forbidden.class, () -> desk.remove(who, market.lease.id()));
    }

    assertThat(desk.list(market.staff))
        .containsExactly(market.lease, market.sale)
        .extracting(ServiceOffering::name)
        .doesNotContain("Rentals", "Mine now");
  }

  @Test
  void everyMissingTerm_isNamedAtOnce() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () -> desk.create(market.staff, new ServiceTerms(null, " ", null, null, null)));

    assertThat(invalid.errors()).containsOnlyKeys("kind", "name", "fee");
  }

  @Test
  void aNegativeFee_isNamedWithTheOtherBadTerms() {
    assertThat(
            refused(
                    InvalidInput.class,
                    () -> desk.create(market.staff, terms("x", "n".repeat(101), "-1")))
                .errors())
        .containsOnlyKeys("kind", "name", "fee");
  }

  @Test
  void aMalformedKind_orAFeeThatIsNegativeOrNoNumber_isInvalid() {
    assertThat(
            refused(InvalidInput.class, () -> desk.create(market.staff, terms("x", "X", "1")))
                .errors())
        .containsOnlyKeys("kind");
    assertThat(
            refused(
                    InvalidInput.class,
                    () -> desk.create(market.staff, terms("rent", "Rentals", "-1.00")))
                .errors())
        .containsOnlyKeys("fee");
    assertThat(
            refused(
                    InvalidInput.class,
                    () -> desk.create(market.staff, terms("rent", "Rentals", "ten")))
                .errors())
        .containsOnlyKeys("fee");
    assertThat(desk.list(market.staff)).hasSize(2);
  }

  @Test
  void aNameTakenInAnyCase_isAConflict_onDefiningOrRenaming() {
    Conflict onCreate =
        refused(
            Conflict.class, () -> desk.create(market.staff, terms("rent", "LEASE listing", "1")));
    Conflict onRename =
        refused(
            Conflict.class, () -> desk.update(market.staff, market.sale, rename("lease LISTING")));

    assertThat(onCreate.field()).isEqualTo("name");
    assertThat(onRename.field()).isEqualTo("name");
    assertThat(desk.get(market.staff, market.sale).name()).isEqualTo("Sale listing");
  }

  @Test
  void aServiceMayBeRenamed_toItsOwnNameInAnotherCase() {
    assertThat(desk.update(market.staff, market.lease, rename("LEASE Listing")).name())
        .isEqualTo("LEASE Listing");
  }

  @Test
  void staffReviseAService_whatTheyLeaveOutStaysAsItWas() {
    market.clock.advance(Duration.ofHours(1));

    ServiceOffering revised =
        desk.update(
            market.staff, market.lease, new ServiceTerms(null, null, "75.5", "Premium", null));

    assertThat(revised.fee().plain()).isEqualTo("75.50");
    assertThat(revised.description()).isEqualTo("Premium");
    assertThat(revised.name()).isEqualTo(market.lease.name());
    assertThat(revised.kind()).isEqualTo(ServiceKind.LEASE);
    assertThat(revised.active()).isTrue();
    assertThat(revised.createdAt()).isEqualTo(market.lease.createdAt());
    assertThat(revised.updatedAt()).isEqualTo(market.clock.instant());
    assertThat(desk.get(market.staff, market.lease)).isEqualTo(revised);
  }

  @Test
  void aServicesKindCannotChange_butRestatingItIsFine() {
    InvalidInput invalid =
        refused(
            InvalidInput.class,
            () ->
                desk.update(
                    market.staff, market.lease, new ServiceTerms("sell", null, null, null, null)));

    assertThat(invalid.errors()).containsOnlyKeys("kind");
    assertThat(desk.get(market.staff, market.lease).kind()).isEqualTo(ServiceKind.LEASE);
    assertThat(
            desk.update(
                    market.staff, market.lease, new ServiceTerms("LEASE", null, null, null, null))
                .kind())
        .isEqualTo(ServiceKind.LEASE);
  }

  @Test
  void aNewFee_appliesToInvoicesIssuedFromThenOn() {
    var first = market.trade(market.olive, market.lease);
    market.offer(market.olive, first, "12000.00");
    desk.update(market.staff, market.lease, new ServiceTerms(null, null, "80.00", null, null));
    var second = market.trade(market.olive, market.lease);
    market.offer(market.olive, second, "12000.00");

    assertThat(market.invoicesOf(market.olive))
        .extracting(invoice -> invoice.bill().total().plain())
        .containsExactly("50.00", "80.00");
  }
}
