package dev.motorhub.application.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issued invoices: numbered per year, due after the set term, told to the customer. */
class IssuedInvoicesTest {
  private final TestTrading market = TestTrading.start();

  private List<String> numbersOf(List<Invoice> invoices) {
    return invoices.stream().map(i -> i.bill().number().value()).toList();
  }

  @Test
  void invoicesAreNumberedInOrder_acrossTradesAndOwners() {
    market.offer(market.olive, market.trade(market.olive, market.lease), "12000.00");
    market.accept(
        market.carla,
        market.offer(market.bruno, market.trade(market.bruno, market.sale), "9000.00"));
    market.offer(market.olive, market.trade(market.olive, market.lease), "12000.00");

    assertThat(numbersOf(market.invoicesOf(market.staff)))
        .containsExactly("INV-2025-000001", "INV-2025-000002", "INV-2025-000003");
    assertThat(numbersOf(market.invoicesOf(market.bruno))).containsExactly("INV-2025-000002");
  }

  @Test
  void aNewYear_startsItsOwnSequence() {
    market.offer(market.olive, market.trade(market.olive, market.lease), "12000.00");
    market.offer(market.olive, market.trade(market.olive, market.lease), "12000.00");
    market.clock.advance(Duration.ofDays(297)); // 2026-01-01, 09:00 UTC

    market.offer(market.olive, market.trade(market.olive, market.lease), "12000.00");
    market.offer(market.olive, market.trade(market.olive, market.lease), "12000.00");

    assertThat(numbersOf(market.invoicesOf(market.olive)))
        .containsExactly(
            "INV-2025-000001", "INV-2025-000002", "INV-2026-000001", "INV-2026-000002");
    assertThat(market.invoicesOf(market.olive).get(2).bill().issuedOn())
        .isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void theTermToPay_isASetting() {
    TestClock clock = TestClock.start();
    CoreSettings defaults = CoreSettings.defaults();
    Motorhub motorhub =
        TestMotorhub.builder(clock)
            .settings(
                new CoreSettings(
                    defaults.currency(),
                    defaults.accessTokenTtl(),
                    defaults.sessionTtl(),
                    defaults.maxImageBytes(),
                    defaults.proposalTtl(),
                    Period.ofDays(14)))
            .build();
    TestTrading other = TestTrading.on(clock, motorhub);

    other.offer(other.olive, other.trade(other.olive, other.lease), "12000.00");

    Invoice invoice = other.invoicesOf(other.olive).getFirst();
    assertThat(invoice.bill().dueOn()).isEqualTo(invoice.bill().issuedOn().plusDays(14));
  }

  @Test
  void theOwnerIsToldOfTheirInvoice() {
    market.offer(market.olive, market.trade(market.olive, market.lease), "12000.00");
    Invoice invoice = market.invoicesOf(market.olive).getFirst();

    List<Notification> told =
        market.inbox(market.olive).stream()
            .filter(n -> n.kind() == NotificationKind.INVOICE_ISSUED)
            .toList();

    assertThat(told)
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.subjectType()).isEqualTo("invoice");
              assertThat(notice.subjectId()).isEqualTo(invoice.id().value());
              assertThat(notice.message())
                  .isEqualTo("Invoice INV-2025-000001 for 50.00 USD is due on 2025-04-09.");
              assertThat(notice.isRead()).isFalse();
            });
    assertThat(market.inbox(market.bruno)).isEmpty();
  }
}
