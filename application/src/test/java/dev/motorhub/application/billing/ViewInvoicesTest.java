package dev.motorhub.application.billing;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customers read their own invoices and payments; staff everyone's, filtered as they ask. */
class ViewInvoicesTest {
  private final TestTrading market = TestTrading.start();
  private Invoice olives;
  private Invoice brunos;
  private CreditCard olivesCard;
  private CreditCard brunosCard;

  @BeforeEach
  void oliveAndBrunoOweAnInvoiceEach() {
    olives = market.exposureInvoice(market.olive);
    brunos = market.exposureInvoice(market.bruno);
    olivesCard = TestMarket.card(market.motorhub, market.olive);
    brunosCard = TestMarket.card(market.motorhub, market.bruno);
  }

  private List<InvoiceId> invoices(
      Principal who, Optional<UserId> customer, Optional<InvoiceStatus> status) {
    return market
        .motorhub
        .billing()
        .viewInvoices()
        .search(who, customer, status, PageRequest.first(100))
        .items()
        .stream()
        .map(Invoice::id)
        .toList();
  }

  private List<InvoiceId> inStatus(InvoiceStatus status) {
    return invoices(market.staff, Optional.empty(), Optional.of(status));
  }

  private List<Payment> payments(Principal who, Optional<UserId> payer, Optional<Invoice> of) {
    return market
        .motorhub
        .billing()
        .viewPayments()
        .search(who, payer, of.map(Invoice::id), PageRequest.first(100))
        .items();
  }

  @Test
  void aCustomerSeesOnlyTheirOwnInvoices_evenAskingForAnothers() {
    assertThat(invoices(market.olive, Optional.empty(), Optional.empty()))
        .containsExactly(olives.id());
    assertThat(invoices(market.olive, Optional.of(market.bruno.actor().id()), Optional.empty()))
        .doesNotContain(brunos.id());
    assertThat(invoices(market.carla, Optional.empty(), Optional.empty())).isEmpty();
    assertThat(market.motorhub.billing().viewInvoices().get(market.olive, olives.id()))
        .isEqualTo(olives);
    assertThat(
            refused(
                NotFound.class,
                () -> market.motorhub.billing().viewInvoices().get(market.olive, brunos.id())))
        .hasMessage("Invoice not found.");
  }

  @Test
  void staffSeeEveryInvoice_orOneCustomers() {
    assertThat(invoices(market.staff, Optional.empty(), Optional.empty()))
        .containsExactly(olives.id(), brunos.id());
    assertThat(invoices(market.staff, Optional.of(market.bruno.actor().id()), Optional.empty()))
        .containsExactly(brunos.id());
    assertThat(market.motorhub.billing().viewInvoices().get(market.staff, brunos.id()))
        .isEqualTo(brunos);
  }

  @Test
  void invoicesFilterByWhereTheyStandOnTheClocksDay() {
    Invoice later = market.exposureInvoice(market.carla);
    Invoice voided = market.exposureInvoice(market.carla);
    market.pay(market.bruno, brunos, brunosCard, null, null);
    market
        .motorhub
        .billing()
        .voidInvoice()
        .voidInvoice(new VoidInvoice.Command(market.staff, voided.id(), "Waived"));

    assertThat(inStatus(InvoiceStatus.OPEN)).containsExactly(olives.id(), later.id());
    assertThat(inStatus(InvoiceStatus.OVERDUE)).isEmpty();
    assertThat(inStatus(InvoiceStatus.PAID)).containsExactly(brunos.id());
    assertThat(inStatus(InvoiceStatus.VOID)).containsExactly(voided.id());

    market.clock.advance(Duration.ofDays(31));
    assertThat(inStatus(InvoiceStatus.OPEN)).isEmpty();
    assertThat(inStatus(InvoiceStatus.OVERDUE)).containsExactly(olives.id(), later.id());
    assertThat(invoices(market.olive, Optional.empty(), Optional.of(InvoiceStatus.OVERDUE)))
        .containsExactly(olives.id());
  }

  @Test
  void invoicesComeInPages() {
    Invoice third = market.exposureInvoice(market.carla);

    Page<Invoice> first =
        market
            .motorhub
            .billing()
            .viewInvoices()
            .search(market.staff, Optional.empty(), Optional.empty(), PageRequest.first(2));
    Page<Invoice> second =
        market
            .motorhub
            .billing()
            .viewInvoices()
            .search(
                market.staff,
                Optional.empty(),
                Optional.empty(),
                PageRequest.parse("2", first.nextCursor().orElseThrow()));

    assertThat(first.items()).extracting(Invoice::id).containsExactly(olives.id(), brunos.id());
    assertThat(second.items()).extracting(Invoice::id).containsExactly(third.id());
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void aCustomerSeesOnlyTheirPayments_includingThoseStaffRecordedForThem() {
    Payment olivesOwn = market.pay(market.olive, olives, olivesCard, "10.00", null).payment();
    Payment recorded = market.pay(market.staff, olives, olivesCard, "5.00", null).payment();
    Payment brunosOwn = market.pay(market.bruno, brunos, brunosCard, null, null).payment();

    assertThat(payments(market.olive, Optional.empty(), Optional.empty()))
        .containsExactly(olivesOwn, recorded);
    assertThat(payments(market.olive, Optional.of(market.bruno.actor().id()), Optional.empty()))
        .doesNotContain(brunosOwn);
    assertThat(payments(market.olive, Optional.empty(), Optional.of(brunos))).isEmpty();
    assertThat(payments(market.bruno, Optional.empty(), Optional.empty()))
        .containsExactly(brunosOwn);
    assertThat(payments(market.carla, Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void staffSeeEveryPayment_orByPayer_orByInvoice() {
    Payment olivesOwn = market.pay(market.olive, olives, olivesCard, "10.00", null).payment();
    Payment brunosOwn = market.pay(market.bruno, brunos, brunosCard, null, null).payment();

    assertThat(payments(market.staff, Optional.empty(), Optional.empty()))
        .containsExactly(olivesOwn, brunosOwn);
    assertThat(payments(market.staff, Optional.of(market.bruno.actor().id()), Optional.empty()))
        .containsExactly(brunosOwn);
    assertThat(payments(market.staff, Optional.empty(), Optional.of(olives)))
        .containsExactly(olivesOwn);
  }
}
