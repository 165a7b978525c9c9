package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class EnsureSuperuserTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  private EnsureSuperuser.Outcome ensure(String password) {
    return motorhub.accounts().ensureSuperuser().ensure("root", "root@motorhub.test", password);
  }

  @Test
  void theFirstCall_createsAnActiveSuperuser() {
    EnsureSuperuser.Outcome outcome = ensure(TestAccounts.PASSWORD);

    assertThat(outcome.created()).isTrue();
    assertThat(outcome.user().role()).isEqualTo(Role.SUPERUSER);
    assertThat(outcome.user().canSignIn()).isTrue();
    assertThat(TestAccounts.logIn(motorhub, "root").user().id()).isEqualTo(outcome.user().id());
  }

  @Test
  void laterCalls_leaveTheExistingAccountUntouched() {
    EnsureSuperuser.Outcome first = ensure(TestAccounts.PASSWORD);

    EnsureSuperuser.Outcome second = ensure(TestAccounts.NEW_PASSWORD);

    assertThat(second.created()).isFalse();
    assertThat(second.user()).isEqualTo(first.user());
    assertThat(
            motorhub
                .accounts()
                .ensureSuperuser()
                .ensure("ROOT", "x@motorhub.test", "whatever")
                .created())
        .isFalse();
    assertThat(TestAccounts.logIn(motorhub, "root", TestAccounts.PASSWORD)).isNotNull();
    assertThat(motorhub.store().users().findByUsername(new Username("root"))).isPresent();
  }

  @Test
  void aWeakPassword_isRefusedAndCreatesNothing() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> ensure("12345678"))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("password"));
    assertThat(motorhub.store().users().findByUsername(new Username("root"))).isEmpty();
  }
}
