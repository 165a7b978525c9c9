package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.Store;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.ProviderAccount;
import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInWithVerifiedEmailTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  private static final String GOOGLE = "https://accounts.google.com";

  /** A sign-in of the Google account named after its email, as at its first sign-in. */
  private SignInWithVerifiedEmail.Outcome signIn(String email, String first, String last) {
    return signIn("google-" + email.toLowerCase(Locale.ROOT), email, first, last);
  }

  private SignInWithVerifiedEmail.Outcome signIn(
      String subject, String email, String first, String last) {
    return motorhub
        .accounts()
        .signInWithVerifiedEmail()
        .signIn(new SignInWithVerifiedEmail.Command(account(subject), email, first, last));
  }

  private Principal browser(SignInWithVerifiedEmail.Outcome outcome) {
    return motorhub.identity().authenticateBrowser().authenticate(outcome.session().key());
  }

  @Test
  void aNewEmail_opensACustomerAccountWithItsProfile_signedInInTheBrowser() {
    var outcome = signIn("Ada.Lovelace@example.com", "Ada", "Lovelace");

    assertThat(outcome.created()).isTrue();
    assertThat(outcome.user().username().value()).isEqualTo("ada.lovelace");
    assertThat(outcome.user().email().value()).isEqualTo("Ada.Lovelace@example.com");
    assertThat(outcome.user().role()).isEqualTo(Role.CUSTOMER);
    assertThat(outcome.user().firstName()).isEqualTo("Ada");
    assertThat(outcome.user().lastLoginAt()).contains(clock.instant());
    assertThat(motorhub.store().customers().findByUser(outcome.user().id())).isPresent();
    assertThat(browser(outcome).actor().id()).isEqualTo(outcome.user().id());
  }

  @Test
  void anExistingAccountWithThatEmail_isLinked_regardlessOfCase_andNothingIsCreated() {
    UserId alice = TestAccounts.register(motorhub, "alice").account().user().id();
    long accounts = count();

    var outcome = signIn("ALICE@example.com", "Someone", "Else");

    assertThat(outcome.created()).isFalse();
    assertThat(outcome.user().id()).isEqualTo(alice);
    assertThat(outcome.user().firstName()).as("the account's names are kept").isEqualTo("Alice");
    assertThat(count()).isEqualTo(accounts);
    assertThat(browser(outcome).actor().id()).isEqualTo(alice);
  }

  @Test
  void theSecondSignIn_findsTheAccountTheFirstOpened() {
    var first = signIn("grace@example.com", "Grace", "Hopper");
    var second = signIn("grace@example.com", "Grace", "Hopper");

    assertThat(second.created()).isFalse();
    assertThat(second.user().id()).isEqualTo(first.user().id());
    assertThat(second.session().session()).isNotEqualTo(first.session().session());
  }

  @Test
  void theLink_holdsWhenTheEmailChangesAtTheProvider() {
    var first = signIn("ada-at-google", "ada@example.com", "Ada", "");

    var later = signIn("ada-at-google", "ada.lovelace@new.example", "Ada", "");

    assertThat(later.created()).isFalse();
    assertThat(later.user().id()).isEqualTo(first.user().id());
    assertThat(later.user().email().value())
        .as("the account keeps its own")
        .isEqualTo("ada@example.com");
  }

  @Test
  void theLink_winsOverAnotherAccountThatTakesTheEmail_later() {
    var ada = signIn("ada-at-google", "ada@example.com", "Ada", "");
    UserId other = TestAccounts.register(motorhub, "adabot").account().user().id();

    var later = signIn("ada-at-google", "adabot@example.com", "Ada", "");

    assertThat(later.user().id()).isEqualTo(ada.user().id()).isNotEqualTo(other);
  }

  @Test
  void anotherProviderAccount_withAnEmailOnFile_isLinkedToThatAccount() {
    UserId alice = TestAccounts.register(motorhub, "alice").account().user().id();

    signIn("alice-first", "alice@example.com", "", "");
    var second = signIn("alice-second", "alice@example.com", "", "");

    assertThat(second.user().id()).isEqualTo(alice);
    Optional<UserId> linked =
        inStore(store -> store.linkedIdentities().findUser(account("alice-second")));
    assertThat(linked).contains(alice);
  }

  @Test
  void aTakenUsername_getsTheNextFreeNumber() {
    TestAccounts.register(motorhub, "alice");

    var outcome = signIn("alice@elsewhere.example", "", "");

    assertThat(outcome.user().username()).isEqualTo(new Username("alice2"));
  }

  @Test
  void aLocalPartWithCharactersAUsernameRefuses_keepsTheRest() {
    assertThat(signIn("o'brien!#@example.com", "", "").user().username().value())
        .isEqualTo("obrien");
  }

  @Test
  void theProvidersNames_areMadeFitToKeep() {
    var outcome = signIn("kim@example.com", "Kim\u0000\tLee", "x".repeat(200));

    assertThat(outcome.user().firstName()).isEqualTo("Kim  Lee");
    assertThat(outcome.user().lastName()).hasSize(150);
  }

  @ParameterizedTest
  @ValueSource(strings = {"suspended", "deactivated"})
  void anAccountThatIsNotActive_isRefusedAsALoginRefusesIt(String status) {
    UserId alice = TestAccounts.register(motorhub, "alice").account().user().id();
    TestAccounts.setStatus(motorhub, alice, status);

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> signIn("alice@example.com", "Alice", ""))
        .withMessage("This account is " + status + ". Please contact support.");
  }

  @Test
  void anAddressThePlatformDoesNotKeep_isInvalidInputOnEmail() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> signIn("not an address", "", ""))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("email"));
  }

  private long count() {
    return inStore(
        store -> store.users().list(UserFilter.none(), PageRequest.first(100)).items().size());
  }

  private <T> T inStore(Function<Store, T> read) {
    Store store = motorhub.store();
    return store.transactions().inTransaction(() -> read.apply(store));
  }

  private static ProviderAccount account(String subject) {
    return new ProviderAccount(GOOGLE, subject);
  }
}
