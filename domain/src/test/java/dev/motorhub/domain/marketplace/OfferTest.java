package dev.motorhub.domain.marketplace;

import static dev.motorhub.domain.marketplace.TestTrades.BUYER;
import static dev.motorhub.domain.marketplace.TestTrades.NOW;
import static dev.motorhub.domain.marketplace.TestTrades.OTHER;
import static dev.motorhub.domain.marketplace.TestTrades.OWNER;
import static dev.motorhub.domain.marketplace.TestTrades.TRADE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferTest {
  private static final Instant EXPIRES = NOW.plusSeconds(3600);

  private static Offer offer(UserId author, Optional<UserId> addressee, String note) {
    return new Offer(
        TestTrades.proposalId(9),
        TRADE,
        author,
        addressee,
        Optional.empty(),
        TestTrades.terms(),
        note,
        NOW,
        EXPIRES);
  }

  private static Offer openOffer() {
    return offer(OWNER, Optional.empty(), "");
  }

  private static Offer buyersOffer() {
    return offer(BUYER, Optional.of(OWNER), "");
  }

  @Test
  void anOpenOffer_awaitsAnyoneButItsAuthorTheOwner() {
    assertThat(openOffer().awaits(BUYER, OWNER)).isTrue();
    assertThat(openOffer().awaits(OTHER, OWNER)).isTrue();
    assertThat(openOffer().awaits(OWNER, OWNER)).isFalse();
  }

  @Test
  void anAddressedOffer_awaitsOnlyItsAddressee() {
    assertThat(buyersOffer().awaits(OWNER, OWNER)).isTrue();
    assertThat(buyersOffer().awaits(OTHER, OWNER)).isFalse();
    assertThat(buyersOffer().awaits(BUYER, OWNER)).as("never its author").isFalse();
  }

  @Test
  void aNote_isTrimmedOptionalAndBounded() {
    assertThat(offer(OWNER, Optional.empty(), "  Serviced last month ").note())
        .isEqualTo("Serviced last month");
    assertThat(offer(OWNER, Optional.empty(), null).note()).isEmpty();
    assertThat(offer(OWNER, Optional.empty(), "n".repeat(2000)).note()).hasSize(2000);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> offer(OWNER, Optional.empty(), "n".repeat(2001)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("note"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> offer(OWNER, Optional.empty(), "bell\u0007"))
        .satisfies(
            e ->
                assertThat(e.errors().get("note"))
                    .containsExactly("Control characters are not allowed."));
  }

  @Test
  void anOffer_mustStandForSomeTime() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () ->
                new Offer(
                    TestTrades.proposalId(9),
                    TRADE,
                    OWNER,
                    Optional.empty(),
                    Optional.empty(),
                    TestTrades.terms(),
                    "",
                    NOW,
                    NOW));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(
            () ->
                new Offer(
                    TestTrades.proposalId(9),
                    TRADE,
                    OWNER,
                    Optional.empty(),
                    Optional.empty(),
                    TestTrades.terms(),
                    "",
                    NOW,
                    NOW.minusSeconds(1)));
  }

  @Test
  void theIdTradeAuthorAndTerms_areRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Offer(
                    null,
                    TRADE,
                    OWNER,
                    Optional.empty(),
                    Optional.empty(),
                    TestTrades.terms(),
                    "",
                    NOW,
                    EXPIRES));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Offer(
                    TestTrades.proposalId(9),
                    TRADE,
                    null,
                    Optional.empty(),
                    Optional.empty(),
                    TestTrades.terms(),
                    "",
                    NOW,
                    EXPIRES));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Offer(
                    TestTrades.proposalId(9),
                    TRADE,
                    OWNER,
                    Optional.empty(),
                    Optional.empty(),
                    null,
                    "",
                    NOW,
                    EXPIRES));
  }
}
