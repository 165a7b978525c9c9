package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The services, trades and proposals the marketplace contracts store, in each of their states, with
 * time-ordered ids and instants at microsecond precision, as {@link Fixtures} makes accounts.
 */
public final class MarketFixtures {
  /** How long the fixtures' proposals stand. */
  public static final Duration STANDS = Duration.ofDays(7);

  private MarketFixtures() {}

  /** An active service of {@code kind} named {@code name} with {@code fee} in USD. */
  public static ServiceOffering service(String kind, String name, String fee) {
    return new ServiceOffering(
        new ServiceId(Fixtures.nextId()),
        new ServiceKind(kind),
        name,
        Money.of(fee, "USD"),
        "Listed on Motorhub.\nFee invoiced to the owner.",
        true,
        T0,
        T0);
  }

  /** An active lease service named {@code name}. */
  public static ServiceOffering lease(String name) {
    return service("lease", name, "25.00");
  }

  /** The vehicle's new open trade, by its owner, under {@code service}, opened at {@code at}. */
  public static Trade.Open trade(Vehicle vehicle, ServiceOffering service, Instant at) {
    return Trade.open(
        new TradeId(Fixtures.nextId()), vehicle.id(), vehicle.owner(), service.id(), at);
  }

  /**
   * The trade closed at {@code at} with {@code buyer} taking {@code proposal}, owing {@code due}.
   */
  public static Trade.Closed closed(
      Trade.Open t, ProposalId proposal, UserId buyer, Instant at, Handover due) {
    return new Trade.Closed(
        t.id(),
        t.vehicle(),
        t.owner(),
        t.service(),
        t.openedAt(),
        t.version(),
        proposal,
        buyer,
        at,
        due);
  }

  /** The trade cancelled at {@code at}. */
  public static Trade.Cancelled cancelled(Trade.Open trade, Instant at) {
    return trade.cancel(List.of(), at).trade();
  }

  /** Terms of {@code amount} USD, a tenth of it down, monthly over a year. */
  public static ProposalTerms terms(String amount) {
    Money total = Money.of(amount, "USD");
    Money down = new Money(total.amount().divide(java.math.BigDecimal.TEN), total.currency());
    return new ProposalTerms(total, down, 365, PaymentFrequency.MONTHLY);
  }

  /** The owner's open offer on {@code trade} of {@code amount}, made at {@code at}. */
  public static Proposal.Pending offer(Trade.Open trade, String amount, Instant at) {
    return Proposal.Pending.offer(
        new ProposalId(Fixtures.nextId()),
        trade,
        trade.owner(),
        terms(amount),
        "Serviced every year.",
        at,
        STANDS);
  }

  /** {@code by}'s counter to {@code proposal}, paid once in full, made at {@code at}. */
  public static Proposal.Countering counter(
      Proposal.Pending proposal, Trade.Open trade, UserId by, Instant at) {
    ProposalTerms once =
        new ProposalTerms(
            Money.of("9000.00", "USD"), Money.of("0.00", "USD"), 30, PaymentFrequency.ONE_TIME);
    return proposal.counter(new ProposalId(Fixtures.nextId()), by, trade, once, "", at, STANDS);
  }
}
