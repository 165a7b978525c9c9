package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.PayInvoice;
import dev.motorhub.application.billing.VoidInvoice;
import dev.motorhub.application.customers.AddCreditCard;
import dev.motorhub.application.garage.RegisterVehicle;
import dev.motorhub.application.garage.VehicleForm;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.AcceptProposal;
import dev.motorhub.application.marketplace.CancelProposal;
import dev.motorhub.application.marketplace.CancelTrade;
import dev.motorhub.application.marketplace.CounterProposal;
import dev.motorhub.application.marketplace.DeclineProposal;
import dev.motorhub.application.marketplace.HandOverVehicle;
import dev.motorhub.application.marketplace.OpenTrade;
import dev.motorhub.application.marketplace.ProposalForm;
import dev.motorhub.application.marketplace.SubmitProposal;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.marketplace.VehicleHandedOver;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A marketplace ready to trade on: staff Sam, customers Olive (an owner), Bruno and Carla (buyers),
 * a lease and a sale service, and each step of a negotiation as one line.
 */
public final class TestTrading {
  public final TestClock clock;
  public final Motorhub motorhub;
  public final Principal staff;
  public final Principal olive;
  public final Principal bruno;
  public final Principal carla;
  public final ServiceOffering lease;
  public final ServiceOffering sale;
  private int plates;

  private TestTrading(TestClock clock, Motorhub motorhub) {
    this.clock = clock;
    this.motorhub = motorhub;
    staff = TestAccounts.staff(motorhub, "sam");
    olive = customer("olive");
    bruno = customer("bruno");
    carla = customer("carla");
    lease = TestMarket.service(motorhub, staff, "lease", "Lease listing", "50.00");
    sale = TestMarket.service(motorhub, staff, "sell", "Sale listing", "120.00");
  }

  /** A fresh in-memory core on a test clock. */
  public static TestTrading start() {
    TestClock clock = TestClock.start();
    return new TestTrading(clock, TestMotorhub.on(clock));
  }

  /** The same people and services in {@code motorhub}, whose clock is {@code clock}. */
  public static TestTrading on(TestClock clock, Motorhub motorhub) {
    return new TestTrading(clock, motorhub);
  }

  public Principal customer(String username) {
    return TestAccounts.principal(motorhub, TestAccounts.register(motorhub, username));
  }

  /** A new vehicle of {@code owner}'s, opened for trade under {@code service}. */
  public Trade.Open trade(Principal owner, ServiceOffering service) {
    plates++;
    return TestMarket.trade(motorhub, owner, "KDT %03dT".formatted(plates), service);
  }

  /** A new vehicle of {@code owner}'s, as described, opened for trade under {@code service}. */
  public Trade.Open trade(
      Principal owner, String brand, String model, int year, ServiceOffering service) {
    plates++;
    return trade(
        owner,
        new VehicleForm(
            brand, model, "" + year, "Silver", "KDV %03dV".formatted(plates), null, "1000", ""),
        service);
  }

  /** {@code owner} registers the vehicle {@code form} states and opens it for trade. */
  public Trade.Open trade(Principal owner, VehicleForm form, ServiceOffering service) {
    Vehicle vehicle =
        motorhub
            .garage()
            .registerVehicle()
            .register(new RegisterVehicle.Command(owner, Optional.empty(), form));
    return (Trade.Open)
        motorhub
            .marketplace()
            .openTrade()
            .open(new OpenTrade.Command(owner, vehicle.id(), service.id()))
            .trade();
  }

  /** The owner's open offer of {@code amount} on {@code trade}. */
  public Proposal.Pending offer(Principal owner, Trade trade, String amount) {
    return offer(owner, trade, TestMarket.terms(amount));
  }

  public Proposal.Pending offer(Principal owner, Trade trade, ProposalForm form) {
    return motorhub
        .marketplace()
        .submitProposal()
        .submit(new SubmitProposal.Command(owner, trade.id(), form));
  }

  public Proposal.Pending counter(Principal by, Proposal answered, String amount) {
    return motorhub
        .marketplace()
        .counterProposal()
        .counter(new CounterProposal.Command(by, answered.id(), TestMarket.terms(amount)));
  }

  public Trade.Acceptance accept(Principal by, Proposal proposal) {
    return motorhub
        .marketplace()
        .acceptProposal()
        .accept(new AcceptProposal.Command(by, proposal.id()));
  }

  public Proposal.Declined decline(Principal by, Proposal proposal) {
    return motorhub
        .marketplace()
        .declineProposal()
        .decline(new DeclineProposal.Command(by, proposal.id()));
  }

  public Proposal.Withdrawn withdraw(Principal by, Proposal proposal) {
    return motorhub
        .marketplace()
        .cancelProposal()
        .cancel(new CancelProposal.Command(by, proposal.id()));
  }

  /** {@code by} records that the buyer of the sale has its vehicle. */
  public VehicleHandedOver handOver(Principal by, TradeId sale) {
    return motorhub.marketplace().handOverVehicle().handOver(new HandOverVehicle.Command(by, sale));
  }

  /** A new vehicle of Olive's sold to {@code buyer} under the sale service, not handed over. */
  public Trade.Closed sold(Principal buyer) {
    return accept(buyer, offer(olive, trade(olive, sale), "8000.00")).trade();
  }

  /** The vehicle of {@code trade} as staff read it now. */
  public Vehicle vehicleOf(Trade trade) {
    return motorhub.garage().viewVehicles().get(staff, trade.vehicle());
  }

  public Trade.Cancellation cancel(Principal by, Trade trade) {
    return motorhub.marketplace().cancelTrade().cancel(new CancelTrade.Command(by, trade.id()));
  }

  /** {@code owner}'s invoice for the exposure of a new lease trade: 50.00, due in 30 days. */
  public Invoice exposureInvoice(Principal owner) {
    Trade.Open trade = trade(owner, lease);
    offer(owner, trade, "12000.00");
    return invoicesOf(owner).stream()
        .filter(invoice -> invoice.bill().source().reference().equals(trade.id().value()))
        .findFirst()
        .orElseThrow();
  }

  /** A card with {@code number}, good through {@code expiry} ({@code MM/YY}), on the file. */
  public CreditCard card(Principal holder, String number, String expiry) {
    return motorhub
        .customers()
        .addCreditCard()
        .add(AddCreditCard.Command.of(holder, TestCards.expiring(number, expiry)));
  }

  /** {@code who} pays {@code amount} (all that is owed when null) of the invoice. */
  public PayInvoice.Receipt pay(
      Principal who, Invoice invoice, CreditCard card, String amount, String key) {
    return motorhub
        .billing()
        .payInvoice()
        .pay(new PayInvoice.Command(who, invoice.id(), card.id(), amount, key));
  }

  /** {@code by} voids the invoice for {@code reason}. */
  public Invoice voidInvoice(Principal by, Invoice invoice, String reason) {
    return motorhub
        .billing()
        .voidInvoice()
        .voidInvoice(new VoidInvoice.Command(by, invoice.id(), reason));
  }

  /** Every payment of {@code invoice}, of any status, as staff list them. */
  public List<Payment> paymentsOf(Invoice invoice) {
    return motorhub
        .billing()
        .viewPayments()
        .search(staff, Optional.empty(), Optional.of(invoice.id()), PageRequest.first(100))
        .items();
  }

  /** The invoice as staff read it now. */
  public Invoice reread(Invoice invoice) {
    return motorhub.billing().viewInvoices().get(staff, invoice.id());
  }

  /** The proposal as staff read it now. */
  public Proposal reread(Proposal proposal) {
    return motorhub.marketplace().viewProposals().get(staff, proposal.id());
  }

  /** The trade as staff read it now. */
  public Trade reread(Trade trade) {
    return motorhub.marketplace().viewTrades().get(staff, trade.id()).trade();
  }

  /** Every invoice {@code customer} sees, oldest first. */
  public List<Invoice> invoicesOf(Principal customer) {
    return motorhub
        .billing()
        .viewInvoices()
        .search(customer, Optional.empty(), Optional.empty(), PageRequest.first(100))
        .items();
  }

  /** Every notification of {@code user}, unread and newest first. */
  public List<Notification> inbox(Principal user) {
    return motorhub
        .notifications()
        .viewNotifications()
        .inbox(user, PageRequest.first(100))
        .page()
        .items();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
