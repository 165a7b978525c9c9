package dev.motorhub.application.marketplace;

import static dev.motorhub.application.marketplace.ServiceDesk.activate;
import static dev.motorhub.application.marketplace.ServiceDesk.rename;
import static dev.motorhub.application.marketplace.ServiceDesk.terms;
import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff remove a service no trade was opened under; one in use can only be made inactive. */
class RemoveServiceTest {
  private final TestTrading market = TestTrading.start();
  private final ServiceDesk desk = new ServiceDesk(market);

  @Test
  void staffRemoveAServiceNoTradeWasOpenedUnder() {
    ServiceOffering rent = desk.create(market.staff, terms("rent", "Rentals", "1"));

    desk.remove(market.staff, rent.id());

    assertThat(desk.list(market.staff)).doesNotContain(rent);
    assertThat(desk.create(market.staff, terms("rent", "rentals", "2")).name())
        .isEqualTo("rentals");
  }

  @Test
  void aServiceInUse_evenByACancelledTrade_cannotBeRemoved_onlyMadeInactive() {
    var trade = market.trade(market.olive, market.sale);
    market.cancel(market.olive, trade);

    assertThat(refused(RuleViolated.class, () -> desk.remove(market.staff, market.sale.id())))
        .hasMessageContaining("make it inactive");
    assertThat(desk.get(market.staff, market.sale)).isEqualTo(market.sale);
    assertThat(desk.update(market.staff, market.sale, activate(false)).active()).isFalse();
  }

  @Test
  void revisingOrRemovingAnUnknownService_isNotFound() {
    ServiceOffering gone = desk.create(market.staff, terms("rent", "Rentals", "1"));
    desk.remove(market.staff, gone.id());

    refused(NotFound.class, () -> desk.update(market.staff, gone, rename("Back")));
    refused(NotFound.class, () -> desk.remove(market.staff, gone.id()));
    refused(NotFound.class, () -> desk.remove(market.staff, new ServiceId(UUID.randomUUID())));
    refused(NotFound.class, () -> desk.get(market.staff, gone));
  }
}
