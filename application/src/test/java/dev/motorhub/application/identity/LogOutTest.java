package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.shared.Unauthenticated;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogOutTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Tokens laptop;
  private Tokens phone;

  @BeforeEach
  void aliceIsSignedInOnTwoDevices() {
    laptop = TestAccounts.register(motorhub, "alice").tokens();
    phone = TestAccounts.logIn(motorhub, "alice").tokens();
  }

  private Principal authenticate(Tokens tokens) {
    return motorhub.identity().authenticate().authenticate(tokens.accessToken());
  }

  @Test
  void loggingOut_endsOnlyThisSession() {
    motorhub.identity().logOut().logOut(new LogOut.Command(authenticate(laptop), Optional.empty()));

    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> authenticate(laptop));
    assertThat(authenticate(phone).actor().id()).isNotNull();
  }

  @Test
  void aRefreshTokenOfAnotherOwnSession_sentAlong_endsThatSessionToo() {
    motorhub
        .identity()
        .logOut()
        .logOut(new LogOut.Command(authenticate(laptop), Optional.of(phone.refreshToken())));

    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> authenticate(laptop));
    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> authenticate(phone));
  }

  @Test
  void aRefreshTokenOfSomeoneElse_sentAlong_isIgnored() {
    Tokens bob = TestAccounts.register(motorhub, "bob").tokens();

    motorhub
        .identity()
        .logOut()
        .logOut(new LogOut.Command(authenticate(laptop), Optional.of(bob.refreshToken())));

    assertThat(authenticate(bob).actor().id()).isNotNull();
  }
}
