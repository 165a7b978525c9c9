package dev.motorhub.domain.matching;

import dev.motorhub.domain.marketplace.BuyerRequirement;
import java.util.Objects;

/** One requirement a seller asks, whether the buyer meets it, and the same in plain words. */
public record RequirementCheck(BuyerRequirement requirement, boolean met, String text) {
  public RequirementCheck {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(text, "text");
  }
}
