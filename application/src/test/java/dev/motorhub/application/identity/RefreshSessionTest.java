package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefreshSessionTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Tokens first;

  @BeforeEach
  void aliceHasSignedIn() {
    first = TestAccounts.register(motorhub, "alice").tokens();
  }

  private Tokens refresh(Tokens tokens) {
    return motorhub
        .identity()
        .refreshSession()
        .refresh(new RefreshSession.Command(tokens.refreshToken()));
  }

  private static void assertRefused(ThrowingCallable call) {
    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(call);
  }

  private Principal authenticate(Tokens tokens) {
    return motorhub.identity().authenticate().authenticate(tokens.accessToken());
  }

  @Test
  void refreshing_rotatesTheRefreshTokenWithinTheSameSession() {
    clock.advance(Duration.ofMinutes(50));
    Tokens second = refresh(first);

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    assertThat(second.accessExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    assertThat(authenticate(second).session()).isEqualTo(authenticate(first).session());
    Tokens third = refresh(second);
    assertThat(authenticate(third).actor().id()).isEqualTo(authenticate(second).actor().id());
  }

  @Test
  void aFreshAccessToken_outlivesTheOneItReplaces() {
    clock.advance(Duration.ofMinutes(50));
    Tokens second = refresh(first);
    clock.advance(Duration.ofMinutes(20));

    assertRefused(() -> authenticate(first));
    assertThat(authenticate(second)).isNotNull();
  }

  @Test
  void reusedRefreshToken_afterTheGrace_revokesTheWholeSession() {
    Tokens second = refresh(first);
    clock.advance(Duration.ofSeconds(10));

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> refresh(first))
        .withMessage("Invalid or expired refresh token.");
    assertRefused(() -> refresh(second));
    assertRefused(() -> authenticate(second));
    assertRefused(() -> authenticate(first));
  }

  @Test
  void reusedRefreshToken_leavesTheHoldersOtherSessionsAlone() {
    Tokens otherDevice = TestAccounts.logIn(motorhub, "alice").tokens();
    refresh(first);
    clock.advance(Duration.ofSeconds(10));
    assertRefused(() -> refresh(first));

    assertThat(authenticate(otherDevice)).isNotNull();
    assertThat(authenticate(refresh(otherDevice))).isNotNull();
  }

  @Test
  void anUnknownRefreshToken_isRefused() {
    assertRefused(
        () ->
            motorhub
                .identity()
                .refreshSession()
                .refresh(new RefreshSession.Command("made-up-token")));
    assertRefused(
        () ->
            motorhub
                .identity()
                .refreshSession()
                .refresh(new RefreshSession.Command(first.accessToken())));
  }

  @Test
  void aMissingRefreshToken_isInvalidInput() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new RefreshSession.Command(" "))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("refresh"));
  }

  @Test
  void aSession_endsThirtyDaysAfterLoginHoweverOftenItIsRefreshed() {
    Tokens latest = first;
    for (int day = 0; day < 29; day++) {
      clock.advance(Duration.ofDays(1));
      latest = refresh(latest);
    }
    Tokens lastGood = latest;
    clock.advance(Duration.ofDays(1));

    assertRefused(() -> refresh(lastGood));
  }

  @Test
  void aSuspendedAccount_cannotRefresh() {
    UserId alice = authenticate(first).actor().id();
    motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                TestAccounts.staff(motorhub, "stella"), alice, AccountChanges.status("suspended")));

    assertRefused(() -> refresh(first));
  }

  @Test
  void afterLogout_theRefreshTokenIsRefused() {
    motorhub.identity().logOut().logOut(new LogOut.Command(authenticate(first), Optional.empty()));

    assertRefused(() -> refresh(first));
  }
}
