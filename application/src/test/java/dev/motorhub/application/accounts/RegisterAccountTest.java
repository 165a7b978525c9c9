package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.support.Refusals;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterAccountTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  private Registered register(AccountFormBuilder form) {
    return motorhub.accounts().registerAccount().register(form.build());
  }

  private InvalidInput invalid(AccountFormBuilder form) {
    return Refusals.refused(InvalidInput.class, () -> register(form));
  }

  @Test
  void registeringWithoutARole_opensACustomerAccountWithItsProfile() {
    Registered registered = register(TestForms.customer("alice").phone("+254 701 036 054"));

    Account account = registered.account();
    assertThat(account.user().role()).isEqualTo(Role.CUSTOMER);
    assertThat(account.user().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.user().username().value()).isEqualTo("alice");
    assertThat(account.user().phone())
        .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("+254701036054"));
    assertThat(account.mechanic()).isEmpty();
    assertThat(account.customer()).isPresent();
    CustomerDetails profile = account.customer().get().details();
    assertThat(profile.dateOfBirth()).contains(LocalDate.of(1990, 5, 17));
    assertThat(profile.job()).isEqualTo("Fleet manager");
    assertThat(profile.notes()).isEqualTo("Prefers SMS");
    assertThat(profile.address()).isEqualTo("12 Moi Avenue");
    assertThat(profile.city()).isEqualTo("Nairobi");
    assertThat(profile.state()).isEqualTo("Nairobi County");
    assertThat(profile.zipCode()).isEqualTo("00100");
    assertThat(account.customer().get().account()).contains(account.user().id());
    assertThat(motorhub.store().customers().findByUser(account.user().id()))
        .contains(account.customer().get());
  }

  @Test
  void registering_signsTheNewHolderInAtOnce() {
    Registered registered = register(TestForms.customer("alice"));

    var principal = TestAccounts.principal(motorhub, registered);
    assertThat(principal.actor().id()).isEqualTo(registered.account().user().id());
    assertThat(principal.actor().role()).isEqualTo(Role.CUSTOMER);
    assertThat(registered.tokens().refreshToken()).isNotBlank();
    assertThat(registered.tokens().accessExpiresAt()).isEqualTo(TestClock.START.plusSeconds(3600));
  }

  @Test
  void registeringAsMechanic_opensAMechanicProfileInstead() {
    Registered registered = register(TestForms.mechanic("mo"));

    Account account = registered.account();
    assertThat(account.user().role()).isEqualTo(Role.MECHANIC);
    assertThat(account.customer()).isEmpty();
    assertThat(account.mechanic())
        .hasValueSatisfying(
            m -> {
              assertThat(m.specialization()).isEqualTo("Transmissions");
              assertThat(m.yearsOfExperience()).isEqualTo(7);
              assertThat(m.userId()).isEqualTo(account.user().id());
            });
    assertThat(motorhub.store().customers().findByUser(account.user().id())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"staff", "superuser", "STAFF"})
  void registeringAsAnAdministrator_isRefusedOnRoleAndOpensNothing(String role) {
    InvalidInput refused = invalid(TestForms.customer("mallory").role(role));

    assertThat(refused.errors().get("role"))
        .containsExactly("Select a valid choice: customer, mechanic.");
    assertThat(motorhub.store().users().findByUsername(new Username("mallory"))).isEmpty();
  }

  @Test
  void anUnknownRole_isRefusedWithTheRolesOnOffer() {
    assertThat(invalid(TestForms.customer("mallory").role("admin")).errors().get("role"))
        .containsExactly("Select a valid choice: customer, mechanic.");
  }

  @Test
  void aConfirmationThatDiffers_isRefusedOnPassword2() {
    InvalidInput refused =
        invalid(TestForms.customer("alice").passwordConfirmation("Gearbox-Lantern-59"));

    assertThat(refused.errors()).containsOnlyKeys("password2");
    assertThat(refused.errors().get("password2"))
        .containsExactly("The two password fields didn't match.");
  }

  @Test
  void aPasswordThePolicyRefuses_isRefusedNamingEachRule() {
    InvalidInput refused = invalid(TestForms.customer("alice").password("1234567"));

    assertThat(refused.errors()).containsOnlyKeys("password");
    assertThat(refused.errors().get("password"))
        .containsExactlyInAnyOrder(
            "This password is too short. It must contain at least 8 characters.",
            "This password is too common.",
            "This password is entirely numeric.");
  }

  @Test
  void aPasswordLikeTheUsername_isTooSimilar() {
    assertThat(invalid(TestForms.customer("kipchoge").password("kipchoge42")).errors())
        .containsEntry(
            "password", java.util.List.of("The password is too similar to the username."));
  }

  @Test
  void aUsernameTakenInAnotherCase_isAConflictOnUsername() {
    register(TestForms.customer("alice"));

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(
            () ->
                register(
                    TestForms.customer("ALICE")
                        .email("other.alice@example.com")
                        .phone("+254711111111")))
        .satisfies(c -> assertThat(c.field()).isEqualTo("username"))
        .withMessage("A user with this username already exists.");
  }

  @Test
  void anEmailTakenInAnotherCase_isAConflictOnEmail() {
    register(TestForms.customer("alice"));

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> register(TestForms.customer("bob").email("ALICE@example.com")))
        .satisfies(c -> assertThat(c.field()).isEqualTo("email"));
  }

  @Test
  void aPhoneTakenWrittenDifferently_isAConflictOnPhoneNumber() {
    register(TestForms.customer("alice").phone("+254701036054"));

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> register(TestForms.customer("bob").phone("+254 701-036-054")))
        .satisfies(c -> assertThat(c.field()).isEqualTo("phone_number"));
  }

  @Test
  void aRefusedRegistration_leavesNothingBehind() {
    register(TestForms.customer("alice").phone("+254701036054"));
    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> register(TestForms.customer("bob").phone("+254701036054")));

    Registered bob = register(TestForms.customer("bob").phone("+254722000000"));
    assertThat(bob.account().customer()).isPresent();
  }

  @Test
  void everyBadField_isReportedAtOnce() {
    InvalidInput refused =
        invalid(
            TestForms.customer("bad name!")
                .email("not-an-email")
                .phone("0704044033")
                .role("staff")
                .passwordConfirmation("something else")
                .dateOfBirth("17/05/1990")
                .trade("Transmissions", -1));

    assertThat(refused.errors())
        .containsOnlyKeys(
            "username", "email", "phone_number", "role", "password2", "dob", "experience_years");
  }

  @Test
  void missingUsernameEmailAndPassword_areEachRequired() {
    InvalidInput refused =
        invalid(TestForms.customer("").email(null).password(null).phone(null).dateOfBirth(null));

    assertThat(refused.errors())
        .containsEntry("username", java.util.List.of("This field is required."))
        .containsEntry("email", java.util.List.of("This field is required."))
        .containsEntry("password", java.util.List.of("This field is required."));
  }

  @Test
  void aDateOfBirthInTheFuture_isRefusedOnDob() {
    String tomorrow = LocalDate.of(2025, 3, 11).toString();

    assertThat(invalid(TestForms.customer("alice").dateOfBirth(tomorrow)).errors().get("dob"))
        .containsExactly("The date of birth cannot be in the future.");
  }

  @Test
  void phoneAndDateOfBirth_areOptional() {
    Registered registered = register(TestForms.customer("alice").phone("").dateOfBirth(""));

    assertThat(registered.account().user().phone()).isEmpty();
    assertThat(registered.account().customer().orElseThrow().details().dateOfBirth()).isEmpty();
  }
}
