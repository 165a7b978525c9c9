package dev.motorhub.application.matching;

import dev.motorhub.application.marketplace.BuyerRequirementRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.BuyerEligibility;
import dev.motorhub.domain.matching.BuyerFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal matching inside a unit of work: what trades ask of buyers, checked against one buyer.
 * The requirements of every trade concerned are read in one lookup and the buyer's facts in one
 * more (and not at all when no trade asks anything), never once per trade.
 */
public final class BuyerChecks {
  private final BuyerRequirementRepository requirements;
  private final BuyerRecords records;
  private final BuyerEligibility eligibility;
  private final Clock clock;

  public BuyerChecks(
      BuyerRequirementRepository requirements,
      BuyerRecords records,
      BuyerEligibility eligibility,
      Clock clock) {
    this.requirements = requirements;
    this.records = records;
    this.eligibility = eligibility;
    this.clock = clock;
  }

  /** {@code matches} of {@code buyer}, each with its trade's requirements checked. */
  List<Match> check(UserId buyer, List<Match> matches) {
    if (matches.isEmpty()) {
      return matches;
    }
    Map<TradeId, BuyerRequirements> asked =
        requirements.ofTrades(matches.stream().map(m -> m.subject().trade().id()).toList());
    if (asked.values().stream().allMatch(BuyerRequirements.NONE::equals)) {
      return matches;
    }
    BuyerFacts facts = factsOf(buyer);
    return matches.stream()
        .map(m -> m.checked(eligibility.check(asked.get(m.subject().trade().id()), facts)))
        .toList();
  }

  /** Refuses {@code buyer} unless they meet every requirement of {@code trade}, naming one. */
  void require(UserId buyer, TradeId trade) {
    BuyerRequirements asked = requirements.of(trade);
    if (!asked.equals(BuyerRequirements.NONE)) {
      eligibility.require(asked, factsOf(buyer));
    }
  }

  private BuyerFacts factsOf(UserId buyer) {
    return records.factsOf(buyer, LocalDate.ofInstant(clock.instant(), clock.getZone()));
  }
}
