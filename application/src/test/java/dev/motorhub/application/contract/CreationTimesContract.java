package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.Store;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The times the core stamps on a clock finer than microseconds: kept to the microsecond from the
 * moment of creation, so that the answer that creates a record shows the times later reads show.
 */
public abstract class CreationTimesContract {
  private static final Duration BELOW_A_MICROSECOND = Duration.ofNanos(123_456_789);

  private Motorhub motorhub;
  private TestTrading market;

  /** An empty store of the implementation under test. */
  protected abstract Store freshStore();

  @BeforeEach
  void aMarketOnANanosecondClock() {
    TestClock clock = TestClock.start();
    clock.advance(BELOW_A_MICROSECOND);
    motorhub =
        Motorhub.builder(freshStore())
            .clock(clock)
            .passwordHasher(new Pbkdf2PasswordHasher(1_000))
            .build();
    market = TestTrading.on(clock, motorhub);
  }

  @Test
  void aRegisteredUser_isReadLater_withTheTimesItsRegistrationAnswered() {
    User answered = TestAccounts.register(motorhub, "dora").account().user();

    User read = motorhub.accounts().viewAccounts().get(market.staff, answered.id()).user();

    assertThat(List.of(read.createdAt(), read.updatedAt()))
        .containsExactly(answered.createdAt(), answered.updatedAt());
    assertInMicroseconds(answered.createdAt(), answered.updatedAt());
  }

  @Test
  void aRegisteredVehicle_isReadLater_asItsRegistrationAnswered() {
    Vehicle answered = TestMarket.vehicle(motorhub, market.olive, "KDZ 001Z");

    Vehicle read = motorhub.garage().viewVehicles().get(market.olive, answered.id());

    assertThat(read).isEqualTo(answered);
    assertInMicroseconds(answered.createdAt(), answered.updatedAt());
  }

  @Test
  void anOpenedTrade_isReadLater_asItsOpeningAnswered() {
    Trade.Open answered = market.trade(market.olive, market.lease);

    assertThat(market.reread(answered)).isEqualTo(answered);
    assertInMicroseconds(answered.openedAt());
  }

  @Test
  void aSubmittedProposal_isReadLater_asItsSubmissionAnswered() {
    Trade.Open trade = market.trade(market.olive, market.lease);
    Proposal.Pending answered = market.offer(market.olive, trade, "12000.00");

    assertThat(market.reread(answered)).isEqualTo(answered);
    assertInMicroseconds(answered.offer().createdAt(), answered.offer().expiresAt());
  }

  private static void assertInMicroseconds(Instant... times) {
    assertThat(times).allSatisfy(time -> assertThat(time.getNano() % 1_000).isZero());
  }
}
