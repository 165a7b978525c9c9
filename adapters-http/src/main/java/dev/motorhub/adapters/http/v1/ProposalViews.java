package dev.motorhub.adapters.http.v1;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.Offer;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.ProposalTerms;
import java.time.Instant;

/** The JSON shape of a proposal: its offer, its terms with the derived instalment, its state. */
final class ProposalViews {
  private ProposalViews() {}

  record ProposalView(
      String id,
      String tradeId,
      String authorId,
      String addresseeId,
      String counterTo,
      String amount,
      String downPayment,
      String currency,
      int termDays,
      String paymentFrequency,
      int instalments,
      String instalment,
      String note,
      String status,
      Instant createdAt,
      Instant expiresAt,
      Instant answeredAt,
      String acceptedBy,
      String counterId,
      String closedReason) {}

  static ProposalView proposal(Proposal proposal, Instant now) {
    Offer offer = proposal.offer();
    ProposalTerms terms = offer.terms();
    Instant answeredAt = null;
    String acceptedBy = null;
    String counter = null;
    String reason = null;
    switch (proposal) {
      case Proposal.Pending pending -> {}
      case Proposal.Accepted a -> {
        answeredAt = a.acceptedAt();
        acceptedBy = a.acceptedBy().toString();
      }
      case Proposal.Declined d -> answeredAt = d.declinedAt();
      case Proposal.Countered c -> {
        answeredAt = c.counteredAt();
        counter = c.counter().toString();
      }
      case Proposal.Withdrawn w -> answeredAt = w.withdrawnAt();
      case Proposal.Closed c -> {
        answeredAt = c.closedAt();
        reason = c.reason();
      }
      case Proposal.Expired e -> answeredAt = e.expiredAt();
    }
    return new ProposalView(
        offer.id().toString(),
        offer.trade().toString(),
        offer.author().toString(),
        offer.addressee().map(UserId::toString).orElse(null),
        offer.counterTo().map(ProposalId::toString).orElse(null),
        terms.amount().plain(),
        terms.downPayment().plain(),
        terms.amount().currency().getCurrencyCode(),
        terms.termDays(),
        terms.frequency().wire(),
        terms.instalments(),
        terms.instalment().plain(),
        offer.note(),
        proposal.status(now),
        offer.createdAt(),
        offer.expiresAt(),
        answeredAt,
        acceptedBy,
        counter,
        reason);
  }
}
