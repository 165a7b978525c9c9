package dev.motorhub.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.identity.ChangePassword;
import dev.motorhub.application.identity.LogIn;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.RefreshSession;
import dev.motorhub.application.identity.Tokens;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.Unauthenticated;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The life of a customer account, from sign-up to deletion, driven through the real use cases over
 * the in-memory store: two devices, a refresh, a password change, a suspension and a reactivation.
 */
class AccountLifecycleScenarioTest {
  private static final String LAPTOP = "198.51.100.20";
  private static final String PHONE = "198.51.100.21";

  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  @Test
  void aCustomersAccount_fromRegistrationToDeletion() {
    // Amina registers on her laptop and is signed in at once.
    Registered registered =
        motorhub
            .accounts()
            .registerAccount()
            .register(TestForms.customer("amina").names("Amina", "Hassan").build());
    UserId amina = registered.account().user().id();
    Tokens laptop = registered.tokens();
    assertThat(registered.account().customer()).isPresent();
    assertThat(signedIn(laptop)).isEqualTo(amina);

    // She signs in on her phone too: a second, independent session.
    clock.advance(Duration.ofMinutes(10));
    Tokens phone = logIn(TestAccounts.PASSWORD, PHONE).tokens();
    assertThat(signedIn(phone)).isEqualTo(amina);
    assertThat(principal(phone).session()).isNotEqualTo(principal(laptop).session());

    // Fifty minutes on, the laptop renews its tokens before they expire.
    clock.advance(Duration.ofMinutes(50));
    laptop = refresh(laptop);
    assertThat(signedIn(laptop)).isEqualTo(amina);

    // She changes her password from the laptop ...
    motorhub
        .identity()
        .changePassword()
        .change(
            new ChangePassword.Command(
                principal(laptop), TestAccounts.PASSWORD, TestAccounts.NEW_PASSWORD));

    // ... and both devices are signed out, refresh tokens included.
    assertSignedOut(laptop);
    assertSignedOut(phone);

    // The old password no longer works; the new one does.
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> logIn(TestAccounts.PASSWORD, LAPTOP));
    laptop = logIn(TestAccounts.NEW_PASSWORD, LAPTOP).tokens();
    assertThat(signedIn(laptop)).isEqualTo(amina);

    // Staff suspend her account: her tokens fail on the next request, and she cannot sign in.
    Principal staff = TestAccounts.staff(motorhub, "stella");
    setStatus(staff, amina, "suspended");
    assertSignedOut(laptop);
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> logIn(TestAccounts.NEW_PASSWORD, LAPTOP))
        .withMessage("This account is suspended. Please contact support.");

    // Staff reactivate it, and she signs in again.
    setStatus(staff, amina, "active");
    Tokens again = logIn(TestAccounts.NEW_PASSWORD, PHONE).tokens();
    assertThat(signedIn(again)).isEqualTo(amina);
    assertThat(motorhub.accounts().viewAccounts().get(staff, amina).user().status())
        .isEqualTo(AccountStatus.ACTIVE);

    // She deletes her own account; it cannot be signed in to any more.
    motorhub.accounts().deleteAccount().delete(new DeleteAccount.Command(principal(again), amina));
    assertSignedOut(again);
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> logIn(TestAccounts.NEW_PASSWORD, PHONE))
        .withMessage("Invalid credentials.");
    assertThat(motorhub.store().customers().findByUser(amina)).isEmpty();
  }

  private dev.motorhub.application.identity.SignedIn logIn(String password, String address) {
    return motorhub.identity().logIn().logIn(new LogIn.Command("amina", password, address));
  }

  private Tokens refresh(Tokens tokens) {
    return motorhub
        .identity()
        .refreshSession()
        .refresh(new RefreshSession.Command(tokens.refreshToken()));
  }

  private Principal principal(Tokens tokens) {
    return motorhub.identity().authenticate().authenticate(tokens.accessToken());
  }

  private UserId signedIn(Tokens tokens) {
    return principal(tokens).actor().id();
  }

  private void setStatus(Principal staff, UserId user, String status) {
    motorhub
        .accounts()
        .updateAccount()
        .update(new UpdateAccount.Command(staff, user, AccountChanges.status(status)));
  }

  private void assertSignedOut(Tokens tokens) {
    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> principal(tokens));
    assertThatExceptionOfType(Unauthenticated.class).isThrownBy(() -> refresh(tokens));
  }
}
