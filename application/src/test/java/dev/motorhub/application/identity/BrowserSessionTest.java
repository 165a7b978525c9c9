package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.SignInWithVerifiedEmail;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A browser's session: the access tokens it hands out, and how it ends. */
class BrowserSessionTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private UserId alice;
  private String cookie;

  @BeforeEach
  void aliceSignedInWithHerVerifiedEmail() {
    alice = TestAccounts.register(motorhub, "alice").account().user().id();
    cookie =
        motorhub
            .accounts()
            .signInWithVerifiedEmail()
            .signIn(
                new SignInWithVerifiedEmail.Command(
                    new ProviderAccount("https://accounts.google.com", "alice-at-google"),
                    "alice@example.com",
                    "Alice",
                    ""))
            .session()
            .key();
  }

  private ObtainBrowserToken.BrowserToken obtain() {
    return motorhub.identity().obtainBrowserToken().obtain(cookie);
  }

  private Principal use(ObtainBrowserToken.BrowserToken token) {
    return motorhub.identity().authenticate().authenticate(token.token().value());
  }

  @Test
  void theSession_handsOutAccessTokensOfItself() {
    var token = obtain();

    assertThat(token.token().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    assertThat(use(token).actor().id()).isEqualTo(alice);
    assertThat(use(token).session()).isEqualTo(token.principal().session());
  }

  @Test
  void signingOut_endsTheSessionAndEveryTokenItHandedOut() {
    var token = obtain();

    motorhub.identity().endBrowserSession().end(cookie);

    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(this::obtain);
    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> use(token));
  }

  @Test
  void deactivatingTheAccount_endsTheSessionAtOnce() {
    var token = obtain();
    TestAccounts.setStatus(motorhub, alice, "deactivated");

    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(this::obtain);
    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> use(token));
  }

  @Test
  void theSession_endsWhenItsTimeIsUp() {
    clock.advance(Duration.ofDays(31));

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(this::obtain)
        .withMessage("Your session has ended; please sign in again.");
  }

  @Test
  void theCookiesSecret_isNoRefreshToken_andNoRefreshTokenIsACookie() {
    String refresh = TestAccounts.logIn(motorhub, "alice").tokens().refreshToken();

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(
            () -> motorhub.identity().refreshSession().refresh(new RefreshSession.Command(cookie)));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> motorhub.identity().obtainBrowserToken().obtain(refresh));
    assertThat(obtain().principal().actor().id()).isEqualTo(alice);
  }

  @Test
  void noCookie_isUnauthenticated_andSigningOutWithoutOneChangesNothing() {
    motorhub.identity().endBrowserSession().end(null);

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> motorhub.identity().obtainBrowserToken().obtain(" "))
        .withMessage("Authentication credentials were not provided.");
    assertThat(obtain().principal().actor().id()).isEqualTo(alice);
  }
}
