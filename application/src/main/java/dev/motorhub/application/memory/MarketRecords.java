package dev.motorhub.application.memory;

import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import java.util.UUID;

/**
 * The records of the marketplace and billing that keep what they name from being deleted, as the
 * database's restricting foreign keys do: trades, proposals, invoices and payments.
 */
final class MarketRecords {
  private final Table<UUID, Trade> trades;
  private final Table<UUID, Proposal> proposals;
  private final Table<UUID, Invoice> invoices;
  private final Table<UUID, Payment> payments;

  MarketRecords(
      Table<UUID, Trade> trades,
      Table<UUID, Proposal> proposals,
      Table<UUID, Invoice> invoices,
      Table<UUID, Payment> payments) {
    this.trades = trades;
    this.proposals = proposals;
    this.invoices = invoices;
    this.payments = payments;
  }

  /** Whether any of these records names the account. */
  boolean name(UserId user) {
    return !trades.where(t -> t.owner().equals(user) || isParty(t, user)).isEmpty()
        || !proposals
            .where(
                p ->
                    p.offer().author().equals(user)
                        || p.offer().addressee().filter(user::equals).isPresent()
                        || p instanceof Proposal.Accepted a && a.acceptedBy().equals(user))
            .isEmpty()
        || !invoices
            .where(
                i ->
                    i.bill().customer().equals(user)
                        || i instanceof Invoice.Void v && v.voidedBy().equals(user))
            .isEmpty()
        || !payments.where(p -> p.payer().equals(user) || p.recordedBy().equals(user)).isEmpty();
  }

  /** Whether a trade names the vehicle. */
  boolean name(VehicleId vehicle) {
    return !trades.where(t -> t.vehicle().equals(vehicle)).isEmpty();
  }

  /** Whether the user bought on the trade, or recorded the handover of what was bought. */
  private static boolean isParty(Trade trade, UserId user) {
    return trade instanceof Trade.Closed closed
        && (closed.buyer().equals(user)
            || closed.handover() instanceof Handover.Done done && done.by().equals(user));
  }
}
