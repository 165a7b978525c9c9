package dev.motorhub.application.marketplace;

import dev.motorhub.application.billing.InvoiceIssuer;
import dev.motorhub.domain.marketplace.InvoicingPolicy;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.NotFound;

/** Issues the invoices the invoicing policy calls for at each step of a trade. */
public final class TradeInvoicing {
  private final InvoicingPolicy policy;
  private final ServiceRepository services;
  private final InvoiceIssuer issuer;

  public TradeInvoicing(InvoicingPolicy policy, ServiceRepository services, InvoiceIssuer issuer) {
    this.policy = policy;
    this.services = services;
    this.issuer = issuer;
  }

  void proposalSubmitted(Trade.Open trade, boolean firstOnTrade) {
    policy.onProposalSubmitted(trade, serviceOf(trade), firstOnTrade).ifPresent(issuer::issue);
  }

  void proposalAccepted(Trade.Closed trade) {
    policy.onProposalAccepted(trade, serviceOf(trade)).ifPresent(issuer::issue);
  }

  private ServiceOffering serviceOf(Trade trade) {
    return services.findById(trade.service()).orElseThrow(() -> new NotFound("Service"));
  }
}
