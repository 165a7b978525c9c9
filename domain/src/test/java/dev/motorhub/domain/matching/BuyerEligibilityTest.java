package dev.motorhub.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.marketplace.BuyerRequirement;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuyerEligibilityTest {
  private final BuyerEligibility eligibility = new BuyerEligibility();

  private static final BuyerFacts NOTHING = new BuyerFacts(false, false, false);
  private static final BuyerFacts EVERYTHING = new BuyerFacts(true, true, false);
  private static final BuyerFacts BACKED_OUT = new BuyerFacts(true, true, true);

  static Stream<Arguments> cases() {
    return Stream.of(
        // asked (phone, card, no cancelled deals), the buyer's facts, eligible, unmet
        Arguments.of(BuyerRequirements.NONE, NOTHING, true, List.of()),
        Arguments.of(BuyerRequirements.NONE, BACKED_OUT, true, List.of()),
        Arguments.of(
            new BuyerRequirements(true, false, false),
            NOTHING,
            false,
            List.of(BuyerRequirement.VERIFIED_PHONE)),
        Arguments.of(
            new BuyerRequirements(true, false, false),
            new BuyerFacts(true, false, true),
            true,
            List.of()),
        Arguments.of(
            new BuyerRequirements(false, true, false),
            new BuyerFacts(true, false, false),
            false,
            List.of(BuyerRequirement.CARD_ON_FILE)),
        Arguments.of(
            new BuyerRequirements(false, false, true),
            BACKED_OUT,
            false,
            List.of(BuyerRequirement.NO_CANCELLED_DEALS)),
        Arguments.of(new BuyerRequirements(false, false, true), NOTHING, true, List.of()),
        Arguments.of(new BuyerRequirements(true, true, true), EVERYTHING, true, List.of()),
        Arguments.of(
            new BuyerRequirements(true, true, true),
            NOTHING,
            false,
            List.of(BuyerRequirement.VERIFIED_PHONE, BuyerRequirement.CARD_ON_FILE)),
        Arguments.of(
            new BuyerRequirements(true, true, true),
            BACKED_OUT,
            false,
            List.of(BuyerRequirement.NO_CANCELLED_DEALS)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aBuyer_isEligibleExactlyWhenEveryRequirementAskedIsMet(
      BuyerRequirements asked, BuyerFacts facts, boolean eligible, List<BuyerRequirement> unmet) {
    List<RequirementCheck> checks = eligibility.check(asked, facts);

    assertThat(checks)
        .extracting(RequirementCheck::requirement)
        .containsExactlyElementsOf(asked.asked());
    assertThat(BuyerEligibility.eligible(checks)).isEqualTo(eligible);
    assertThat(checks.stream().filter(c -> !c.met()).map(RequirementCheck::requirement))
        .containsExactlyElementsOf(unmet);
    if (eligible) {
      assertThatCode(() -> eligibility.require(asked, facts)).doesNotThrowAnyException();
    } else {
      assertThatExceptionOfType(RuleViolated.class)
          .isThrownBy(() -> eligibility.require(asked, facts))
          .withMessageContaining(unmet.getFirst().wire());
    }
  }

  @Test
  void anUnmetRequirement_isSaidInPlainWords() {
    List<RequirementCheck> checks =
        eligibility.check(
            new BuyerRequirements(true, true, true), new BuyerFacts(false, false, true));

    assertThat(checks)
        .extracting(RequirementCheck::text)
        .containsExactly(
            "the seller asks for a verified phone",
            "the seller asks for a payment card on file",
            "the seller asks for a buyer who has cancelled no deals");
  }

  @Test
  void requirements_readBackFromTheSetOfThoseAsked() {
    BuyerRequirements asked = new BuyerRequirements(true, false, true);

    assertThat(BuyerRequirements.of(asked.asked())).isEqualTo(asked);
    assertThat(BuyerRequirement.fromWire("card_on_file")).contains(BuyerRequirement.CARD_ON_FILE);
    assertThat(BuyerRequirement.fromWire("cash")).isEmpty();
  }
}
