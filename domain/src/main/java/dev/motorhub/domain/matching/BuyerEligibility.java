package dev.motorhub.domain.matching;

import dev.motorhub.domain.marketplace.BuyerRequirement;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.List;

/**
 * Reciprocal matching: whether a buyer fits what a trade's owner asks of buyers. Each requirement
 * asked is met or not by the buyer's {@link BuyerFacts}, and said in plain words; a buyer is
 * mutually eligible when every one is met (a trade that asks nothing takes every buyer).
 */
public final class BuyerEligibility {

  /** Each requirement {@code asked}, in the order of {@link BuyerRequirement}, checked. */
  public List<RequirementCheck> check(BuyerRequirements asked, BuyerFacts facts) {
    return asked.asked().stream().map(r -> check(r, facts)).toList();
  }

  /** Whether every check is met. */
  public static boolean eligible(List<RequirementCheck> checks) {
    return checks.stream().allMatch(RequirementCheck::met);
  }

  /** Refuses a buyer who misses a requirement, naming the first one missed. */
  public void require(BuyerRequirements asked, BuyerFacts facts) {
    for (RequirementCheck check : check(asked, facts)) {
      if (!check.met()) {
        throw new RuleViolated(
            "You do not meet what the seller asks of buyers ("
                + check.requirement().wire()
                + "): "
                + check.text()
                + ".");
      }
    }
  }

  private static RequirementCheck check(BuyerRequirement requirement, BuyerFacts facts) {
    return switch (requirement) {
      case VERIFIED_PHONE ->
          facts.phoneVerified()
              ? new RequirementCheck(
                  requirement, true, "your phone is verified, as the seller asks")
              : new RequirementCheck(requirement, false, "the seller asks for a verified phone");
      case CARD_ON_FILE ->
          facts.cardOnFile()
              ? new RequirementCheck(
                  requirement, true, "you have a payment card on file, as the seller asks")
              : new RequirementCheck(
                  requirement, false, "the seller asks for a payment card on file");
      case NO_CANCELLED_DEALS ->
          facts.cancelledDeals()
              ? new RequirementCheck(
                  requirement, false, "the seller asks for a buyer who has cancelled no deals")
              : new RequirementCheck(
                  requirement, true, "you have cancelled no deals, as the seller asks");
    };
  }
}
