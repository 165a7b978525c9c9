package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fixture factory for the marketplace: services, trades and proposals between a vehicle's owner, a
 * buyer and another customer, at fixed times and with fixed ids.
 */
public final class TestTrades {
  public static final Instant OPENED_AT = Instant.parse("2025-03-10T09:00:00Z");
  public static final Instant NOW = OPENED_AT.plus(Duration.ofHours(1));
  public static final Duration TTL = Duration.ofDays(7);

  public static final UserId OWNER = new UserId(uuid(0x01));
  public static final UserId BUYER = new UserId(uuid(0x02));
  public static final UserId OTHER = new UserId(uuid(0x03));
  public static final UserId STAFF = new UserId(uuid(0x04));

  public static final ServiceId LEASE_SERVICE = new ServiceId(uuid(0x11));
  public static final ServiceId SELL_SERVICE = new ServiceId(uuid(0x12));
  public static final TradeId TRADE = new TradeId(uuid(0x21));
  public static final TradeId OTHER_TRADE = new TradeId(uuid(0x22));
  public static final VehicleId VEHICLE = new VehicleId(uuid(0x31));

  public static final ProposalId OWNERS_OFFER = proposalId(1);
  public static final ProposalId BUYERS_COUNTER = proposalId(2);
  public static final ProposalId OWNERS_COUNTER = proposalId(3);
  public static final ProposalId OTHERS_COUNTER = proposalId(4);

  private TestTrades() {}

  /** A fixed, time-ordered-looking UUID ending in {@code n}. */
  public static UUID uuid(int n) {
    return UUID.fromString(String.format("01900000-0000-7000-8000-%012x", n));
  }

  public static ProposalId proposalId(int n) {
    return new ProposalId(uuid(0x100 + n));
  }

  public static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  /** A service of {@code kind} for {@code fee}. */
  public static ServiceOffering service(ServiceId id, ServiceKind kind, String name, Money fee) {
    return new ServiceOffering(id, kind, name, fee, "", true, OPENED_AT, OPENED_AT);
  }

  /** The lease service, for a fee of 50.00 USD. */
  public static ServiceOffering leaseService() {
    return service(LEASE_SERVICE, ServiceKind.LEASE, "Standard lease", usd("50.00"));
  }

  /** The sell service, for a fee of 120.00 USD. */
  public static ServiceOffering sellService() {
    return service(SELL_SERVICE, ServiceKind.SELL, "Standard sale", usd("120.00"));
  }

  /** The kind of the service {@code trade} is open under: a sale or a lease. */
  public static ServiceKind kindOf(Trade trade) {
    return trade.service().equals(SELL_SERVICE) ? ServiceKind.SELL : ServiceKind.LEASE;
  }

  /** The owner's vehicle, open under {@code service}. */
  public static Trade.Open openTrade(ServiceId service) {
    return Trade.open(TRADE, VEHICLE, OWNER, service, OPENED_AT);
  }

  public static Trade.Open openLeaseTrade() {
    return openTrade(LEASE_SERVICE);
  }

  public static Trade.Open openSellTrade() {
    return openTrade(SELL_SERVICE);
  }

  /** 12,000.00 USD with 2,000.00 down, over 360 days, paid monthly. */
  public static ProposalTerms terms() {
    return new ProposalTerms(usd("12000.00"), usd("2000.00"), 360, PaymentFrequency.MONTHLY);
  }

  public static ProposalTerms otherTerms() {
    return new ProposalTerms(usd("11000.00"), usd("3000.00"), 180, PaymentFrequency.WEEKLY);
  }

  /** The owner's open offer on {@code trade}, made {@link #NOW} and standing for {@link #TTL}. */
  public static Proposal.Pending ownersOffer(Trade.Open trade) {
    return Proposal.Pending.offer(OWNERS_OFFER, trade, OWNER, terms(), "First offer", NOW, TTL);
  }

  /** The buyer's counter to the owner's open offer, addressed to the owner. */
  public static Proposal.Pending buyersCounter(Trade.Open trade) {
    return counter(ownersOffer(trade), BUYERS_COUNTER, BUYER, trade);
  }

  /** The other customer's counter to the owner's open offer, addressed to the owner. */
  public static Proposal.Pending othersCounter(Trade.Open trade) {
    return counter(ownersOffer(trade), OTHERS_COUNTER, OTHER, trade);
  }

  /** The owner's counter to the buyer's counter, addressed to the buyer. */
  public static Proposal.Pending ownersCounter(Trade.Open trade) {
    return counter(buyersCounter(trade), OWNERS_COUNTER, OWNER, trade);
  }

  private static Proposal.Pending counter(
      Proposal.Pending to, ProposalId id, UserId by, Trade.Open trade) {
    return to.counter(id, by, trade, otherTerms(), "", NOW.plusSeconds(60), TTL).counter();
  }

  /** The lease trade, closed by the buyer accepting the owner's open offer. */
  public static Trade.Acceptance acceptedByBuyer() {
    Trade.Open trade = openLeaseTrade();
    Proposal.Pending offer = ownersOffer(trade);
    return trade.accept(offer, BUYER, ServiceKind.LEASE, List.of(offer), NOW.plusSeconds(120));
  }

  /** The sale trade, closed by the buyer accepting the owner's open offer: a handover pending. */
  public static Trade.Closed closedSale() {
    Trade.Open trade = openSellTrade();
    Proposal.Pending offer = ownersOffer(trade);
    return trade
        .accept(offer, BUYER, ServiceKind.SELL, List.of(offer), NOW.plusSeconds(120))
        .trade();
  }

  public static Trade.Closed closedLeaseTrade() {
    return acceptedByBuyer().trade();
  }

  public static Trade.Cancelled cancelledLeaseTrade() {
    return openLeaseTrade().cancel(List.of(), NOW.plusSeconds(120)).trade();
  }
}
