package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.billing.InvoiceDraft;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.InvoiceSource;
import java.util.List;
import java.util.Optional;

/**
 * When the marketplace invoices a trade's owner the fee of its service. Lease: when the first
 * proposal on the trade is submitted, as the owner pays for the exposure, whether or not a deal
 * follows. Sell, and any other kind: when a proposal is accepted. A trade is invoiced each charge
 * at most once (the store refuses a second); a free service is not invoiced.
 */
public class InvoicingPolicy {
  /** The kind of charge of a lease trade's exposure. */
  public static final String LEASE_EXPOSURE = "lease_exposure";

  /** The kind of charge of a deal struck on a trade. */
  public static final String TRADE_DEAL = "trade_deal";

  /** The invoice due when a proposal is submitted on {@code trade}, the first one or not. */
  public Optional<InvoiceDraft> onProposalSubmitted(
      Trade.Open trade, ServiceOffering service, boolean firstOnTrade) {
    requireServiceOf(trade, service);
    if (!service.kind().isLease() || !firstOnTrade) {
      return Optional.empty();
    }
    return draft(trade, service, LEASE_EXPOSURE, "Listing fee (lease): " + service.name());
  }

  /** The invoice due when a proposal on {@code trade} is accepted. */
  public Optional<InvoiceDraft> onProposalAccepted(Trade.Closed trade, ServiceOffering service) {
    requireServiceOf(trade, service);
    if (service.kind().isLease()) {
      return Optional.empty();
    }
    return draft(
        trade, service, TRADE_DEAL, "Deal fee (" + service.kind() + "): " + service.name());
  }

  private static void requireServiceOf(Trade trade, ServiceOffering service) {
    if (!service.id().equals(trade.service())) {
      throw new IllegalArgumentException("The service is not the trade's");
    }
  }

  private static Optional<InvoiceDraft> draft(
      Trade trade, ServiceOffering service, String kind, String description) {
    if (service.fee().amount().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new InvoiceDraft(
            trade.owner(),
            new InvoiceSource(kind, trade.id().value()),
            List.of(new InvoiceLine(description, 1, service.fee()))));
  }
}
