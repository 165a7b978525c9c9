package dev.motorhub.application.marketplace;

import static dev.motorhub.application.marketplace.ServiceDesk.activate;
import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service made inactive is hidden from all but staff and takes no new trades. */
class InactiveServicesTest {
  private final TestTrading market = TestTrading.start();
  private final ServiceDesk desk = new ServiceDesk(market);

  @Test
  void inactiveServices_areHiddenFromEveryoneButStaff() {
    ServiceOffering dormant = desk.update(market.staff, market.sale, activate(false));
    Principal mechanic =
        TestAccounts.principal(
            market.motorhub, TestAccounts.registerMechanic(market.motorhub, "mo"));

    for (Principal who : List.of(market.olive, mechanic)) {
      assertThat(desk.list(who)).containsExactly(market.lease);
      refused(NotFound.class, () -> desk.get(who, dormant));
    }
    assertThat(desk.list(market.staff)).containsExactly(market.lease, dormant);
    assertThat(desk.get(market.staff, dormant).active()).isFalse();
  }

  @Test
  void anInactiveService_takesNoNewTrades_untilItIsActiveAgain() {
    desk.update(market.staff, market.sale, activate(false));

    assertThat(refused(RuleViolated.class, () -> market.trade(market.olive, market.sale)))
        .hasMessageContaining("takes no new trades");

    desk.update(market.staff, market.sale, activate(true));
    assertThat(market.trade(market.olive, market.sale).service()).isEqualTo(market.sale.id());
  }

  @Test
  void tradesOpenAlready_keepAServiceMadeInactive() {
    var trade = market.trade(market.olive, market.sale);
    desk.update(market.staff, market.sale, activate(false));

    var offer = market.offer(market.olive, trade, "9000.00");
    var deal = market.accept(market.bruno, offer);

    assertThat(deal.trade().service()).isEqualTo(market.sale.id());
    assertThat(market.invoicesOf(market.olive)).singleElement();
  }
}
