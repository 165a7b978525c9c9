package dev.motorhub.application.scenario;

import static dev.motorhub.application.support.TestAccounts.principal;
import static dev.motorhub.application.support.TestAccounts.register;
import static dev.motorhub.application.support.TestMarket.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.PayInvoice;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.AcceptProposal;
import dev.motorhub.application.marketplace.CounterProposal;
import dev.motorhub.application.marketplace.SubmitProposal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.marketplace.InvoicingPolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lease lifecycle as the business tells it: an owner lists a car for lease and is invoiced for
 * the exposure as soon as they make the first proposal; buyers counter; the owner takes one
 * counter, which closes the trade and every other proposal; the owner pays the invoice in two
 * parts.
 */
class LeaseLifecycleScenarioTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  @Test
  void fromVehicleToPaidInvoice() {
    Principal staff = TestAccounts.staff(motorhub, "sam");
    ServiceOffering lease = TestMarket.service(motorhub, staff, "lease", "Lease listing", "50.00");
    Principal owner = principal(motorhub, register(motorhub, "olive"));
    Principal bruno = principal(motorhub, register(motorhub, "bruno"));
    Principal carla = principal(motorhub, register(motorhub, "carla"));

    // Olive lists her car for lease and makes the first proposal: she is invoiced for it, once.
    Trade.Open trade = TestMarket.trade(motorhub, owner, "KDA 001A", lease);
    Proposal.Pending offer =
        motorhub
            .marketplace()
            .submitProposal()
            .submit(new SubmitProposal.Command(owner, trade.id(), terms("12000.00")));
    assertThat(offer.offer().terms().instalments()).isEqualTo(12);
    assertThat(offer.offer().terms().instalment().plain()).isEqualTo("916.67");
    motorhub
        .marketplace()
        .submitProposal()
        .submit(new SubmitProposal.Command(owner, trade.id(), terms("12500.00")));
    Invoice invoice = onlyInvoiceOf(owner);
    assertThat(invoice.bill().source().kind()).isEqualTo(InvoicingPolicy.LEASE_EXPOSURE);
    assertThat(invoice.bill().source().reference()).isEqualTo(trade.id().value());
    assertThat(invoice.bill().total().plain()).isEqualTo("50.00");
    assertThat(invoice.bill().number().value()).isEqualTo("INV-2025-000001");
    assertThat(invoice.bill().dueOn()).isEqualTo(invoice.bill().issuedOn().plusDays(30));

    // Bruno and Carla answer the offer with counter-proposals; Olive hears of both.
    Proposal.Pending brunos =
        motorhub
            .marketplace()
            .counterProposal()
            .counter(new CounterProposal.Command(bruno, offer.id(), terms("11000.00")));
    Proposal.Pending carlas =
        motorhub
            .marketplace()
            .counterProposal()
            .counter(new CounterProposal.Command(carla, offer.id(), terms("10500.00")));
    assertThat(kindsOf(owner)).contains(NotificationKind.PROPOSAL_RECEIVED);

    // Olive takes Bruno's: the trade closes with him, every other proposal closes with a reason.
    clock.advance(Duration.ofHours(2));
    Trade.Acceptance deal =
        motorhub
            .marketplace()
            .acceptProposal()
            .accept(new AcceptProposal.Command(owner, brunos.id()));
    assertThat(deal.trade().buyer()).isEqualTo(bruno.actor().id());
    assertThat(
            motorhub
                .marketplace()
                .viewProposals()
                .onTrade(owner, trade.id(), PageRequest.first(100))
                .items())
        .extracting(p -> p.status(clock.instant()))
        .containsExactly("closed", "closed", "accepted", "closed");
    assertThat(motorhub.marketplace().viewProposals().get(owner, carlas.id()))
        .isInstanceOfSatisfying(
            Proposal.Closed.class,
            closed -> assertThat(closed.reason()).isEqualTo(Trade.ANOTHER_ACCEPTED));
    assertThat(kindsOf(bruno)).contains(NotificationKind.PROPOSAL_ACCEPTED);
    assertThat(kindsOf(carla)).contains(NotificationKind.PROPOSAL_CLOSED);
    assertThat(onlyInvoiceOf(owner).id()).isEqualTo(invoice.id());

    // Olive pays the exposure invoice in two parts; then it is paid.
    CreditCard card = TestMarket.card(motorhub, owner);
    PayInvoice.Receipt first =
        motorhub
            .billing()
            .payInvoice()
            .pay(new PayInvoice.Command(owner, invoice.id(), card.id(), "20.00", "first-part"));
    assertThat(first.invoice().status(today())).isEqualTo(InvoiceStatus.OPEN);
    assertThat(first.invoice().owed().plain()).isEqualTo("30.00");
    PayInvoice.Receipt rest =
        motorhub
            .billing()
            .payInvoice()
            .pay(new PayInvoice.Command(owner, invoice.id(), card.id(), null, "second-part"));
    assertThat(rest.payment().amount().plain()).isEqualTo("30.00");
    assertThat(rest.invoice()).isInstanceOf(Invoice.Paid.class);
    assertThat(onlyInvoiceOf(owner).status(today())).isEqualTo(InvoiceStatus.PAID);
  }

  private Invoice onlyInvoiceOf(Principal customer) {
    List<Invoice> invoices =
        motorhub
            .billing()
            .viewInvoices()
            .search(customer, Optional.empty(), Optional.empty(), PageRequest.first(10))
            .items();
    assertThat(invoices).hasSize(1);
    return invoices.getFirst();
  }

  private List<NotificationKind> kindsOf(Principal user) {
    return motorhub
        .notifications()
        .viewNotifications()
        .inbox(user, PageRequest.first(50))
        .page()
        .items()
        .stream()
        .map(Notification::kind)
        .toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
