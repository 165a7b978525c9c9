package dev.motorhub.application.scenario;

import static dev.motorhub.application.support.TestAccounts.principal;
import static dev.motorhub.application.support.TestAccounts.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.PayInvoice;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.AcceptProposal;
import dev.motorhub.application.marketplace.HandOverVehicle;
import dev.motorhub.application.marketplace.ProposalForm;
import dev.motorhub.application.marketplace.SubmitProposal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.garage.Custody;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.InvoicingPolicy;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.VehicleHandedOver;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A sale as the business tells it: proposals cost the owner nothing; when a buyer takes the owner's
 * offer the trade closes and the owner is invoiced the service's fee; the car waits, unchangeable,
 * in the owner's garage until she hands it over, when it moves to the buyer's; she pays the invoice
 * late and in full.
 */
class SaleLifecycleScenarioTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  @Test
  void fromOfferToDealToLatePayment() {
    Principal staff = TestAccounts.staff(motorhub, "sam");
    ServiceOffering sale = TestMarket.service(motorhub, staff, "sell", "Sale listing", "120.00");
    Principal owner = principal(motorhub, register(motorhub, "olive"));
    Principal buyer = principal(motorhub, register(motorhub, "bruno"));

    Trade.Open trade = TestMarket.trade(motorhub, owner, "KDB 002B", sale);
    Proposal.Pending offer =
        motorhub
            .marketplace()
            .submitProposal()
            .submit(
                new SubmitProposal.Command(
                    owner,
                    trade.id(),
                    new ProposalForm("8000.00", null, 1, "one-time", "Cash on delivery")));
    assertThat(invoicesOf(owner)).isEmpty();

    Trade.Acceptance deal =
        motorhub
            .marketplace()
            .acceptProposal()
            .accept(new AcceptProposal.Command(buyer, offer.id()));
    assertThat(deal.trade().buyer()).isEqualTo(buyer.actor().id());
    List<Invoice> invoices = invoicesOf(owner);
    assertThat(invoices).singleElement();
    Invoice invoice = invoices.getFirst();
    assertThat(invoice.bill().source().kind()).isEqualTo(InvoicingPolicy.TRADE_DEAL);
    assertThat(invoice.bill().total().plain()).isEqualTo("120.00");
    assertThat(invoicesOf(buyer)).isEmpty();

    // The car waits in Olive's garage, sold to Bruno, until she records that he has it.
    Vehicle car = motorhub.garage().viewVehicles().get(owner, trade.vehicle());
    assertThat(car.custody()).isEqualTo(new Custody.Sold(buyer.actor().id()));
    assertThat(deal.trade().handover()).isEqualTo(new Handover.Pending());
    clock.advance(Duration.ofDays(3));
    VehicleHandedOver handedOver =
        motorhub
            .marketplace()
            .handOverVehicle()
            .handOver(new HandOverVehicle.Command(owner, trade.id()));
    assertThat(handedOver.trade().handover())
        .isEqualTo(new Handover.Done(owner.actor().id(), clock.instant()));
    Vehicle bought = motorhub.garage().viewVehicles().get(buyer, trade.vehicle());
    assertThat(bought.owner()).isEqualTo(buyer.actor().id());
    assertThat(bought.details()).isEqualTo(car.details());

    // Forty days later the invoice is overdue; paying it is accepted and marked late.
    clock.advance(Duration.ofDays(40));
    PayInvoice.Receipt receipt =
        motorhub
            .billing()
            .payInvoice()
            .pay(
                new PayInvoice.Command(
                    owner, invoice.id(), TestMarket.card(motorhub, owner).id(), null, null));
    assertThat(receipt.payment().late()).isTrue();
    assertThat(receipt.invoice()).isInstanceOf(Invoice.Paid.class);
  }

  private List<Invoice> invoicesOf(Principal customer) {
    return motorhub
        .billing()
        .viewInvoices()
        .search(customer, Optional.empty(), Optional.empty(), PageRequest.first(10))
        .items();
  }
}
