package dev.motorhub.application.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.marketplace.InvoicingPolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marketplace invoices the owner: a lease on its first proposal, any other kind on a deal. */
class InvoicingTest {
  private final TestTrading market = TestTrading.start();

  private List<String> numbersOf(List<Invoice> invoices) {
    return invoices.stream().map(i -> i.bill().number().value()).toList();
  }

  @Test
  void theFirstProposalOnALeaseTrade_invoicesTheOwnerTheServiceFee() {
    Trade.Open trade = market.trade(market.olive, market.lease);

    market.offer(market.olive, trade, "12000.00");

    Invoice invoice = market.invoicesOf(market.olive).getFirst();
    assertThat(invoice).isInstanceOf(Invoice.Open.class);
    assertThat(invoice.bill().customer()).isEqualTo(market.olive.actor().id());
    assertThat(invoice.bill().source().kind()).isEqualTo(InvoicingPolicy.LEASE_EXPOSURE);
    assertThat(invoice.bill().source().reference()).isEqualTo(trade.id().value());
    assertThat(invoice.bill().lines())
        .extracting(InvoiceLine::description, InvoiceLine::quantity, l -> l.unitPrice().plain())
        .containsExactly(tuple("Lease listing: Lease listing", 1, "50.00"));
    assertThat(invoice.bill().total().plain()).isEqualTo("50.00");
    assertThat(invoice.bill().total().currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(invoice.bill().number().value()).isEqualTo("INV-2025-000001");
    assertThat(invoice.bill().issuedOn()).isEqualTo(market.today());
    assertThat(invoice.bill().dueOn()).isEqualTo(market.today().plusDays(30));
    assertThat(invoice.paid().plain()).isEqualTo("0.00");
    assertThat(invoice.owed().plain()).isEqualTo("50.00");
    assertThat(invoice.status(market.today())).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void aLeaseTradeIsInvoicedOnce_whateverFollowsTheFirstProposal() {
    Trade.Open trade = market.trade(market.olive, market.lease);
    Proposal.Pending offer = market.offer(market.olive, trade, "12000.00");
    market.offer(market.olive, trade, "12500.00");
    Proposal.Pending brunos = market.counter(market.bruno, offer, "11000.00");
    market.counter(market.olive, brunos, "11500.00");
    market.withdraw(market.olive, offer);
    Proposal.Pending carlas =
        market.counter(market.carla, market.offer(market.olive, trade, "11800.00"), "11700.00");

    market.accept(market.olive, carlas);

    assertThat(market.invoicesOf(market.olive)).singleElement();
    assertThat(market.invoicesOf(market.bruno)).isEmpty();
    assertThat(market.invoicesOf(market.carla)).isEmpty();
  }

  @Test
  void aSale_isInvoicedOnTheDealOnly() {
    Trade.Open trade = market.trade(market.olive, market.sale);
    Proposal.Pending offer = market.offer(market.olive, trade, "9000.00");
    Proposal.Pending brunos = market.counter(market.bruno, offer, "8500.00");
    market.counter(market.olive, brunos, "8800.00");
    assertThat(market.invoicesOf(market.olive)).isEmpty();

    market.accept(market.carla, offer);

    Invoice invoice = market.invoicesOf(market.olive).getFirst();
    assertThat(market.invoicesOf(market.olive)).hasSize(1);
    assertThat(invoice.bill().source().kind()).isEqualTo(InvoicingPolicy.TRADE_DEAL);
    assertThat(invoice.bill().source().reference()).isEqualTo(trade.id().value());
    assertThat(invoice.bill().total().plain()).isEqualTo("120.00");
    assertThat(invoice.bill().lines().getFirst().description())
        .isEqualTo("Deal fee (sell): Sale listing");
    assertThat(market.invoicesOf(market.carla)).isEmpty();
  }

  @Test
  void anotherKindOfService_isInvoicedAsASaleIs() {
    ServiceOffering rent =
        TestMarket.service(market.motorhub, market.staff, "rent", "Rentals", "30");
    Trade.Open trade = market.trade(market.olive, rent);
    Proposal.Pending offer = market.offer(market.olive, trade, "7000.00");
    assertThat(market.invoicesOf(market.olive)).isEmpty();

    market.accept(market.olive, market.counter(market.bruno, offer, "6500.00"));

    assertThat(market.invoicesOf(market.olive))
        .singleElement()
        .satisfies(
            invoice -> {
              assertThat(invoice.bill().source().kind()).isEqualTo(InvoicingPolicy.TRADE_DEAL);
              assertThat(invoice.bill().total().plain()).isEqualTo("30.00");
            });
  }

  @Test
  void aCancelledSale_isNotInvoiced() {
    Trade.Open trade = market.trade(market.olive, market.sale);
    market.offer(market.olive, trade, "9000.00");

    market.cancel(market.olive, trade);

    assertThat(market.invoicesOf(market.olive)).isEmpty();
  }

  @Test
  void freeServices_areNeverInvoiced() {
    ServiceOffering freeLease =
        TestMarket.service(market.motorhub, market.staff, "lease", "Free lease", "0");
    ServiceOffering freeSale =
        TestMarket.service(market.motorhub, market.staff, "sell", "Free sale", "0.00");

    market.offer(market.olive, market.trade(market.olive, freeLease), "12000.00");
    market.accept(
        market.bruno, market.offer(market.olive, market.trade(market.olive, freeSale), "9000.00"));

    assertThat(market.invoicesOf(market.olive)).isEmpty();
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
