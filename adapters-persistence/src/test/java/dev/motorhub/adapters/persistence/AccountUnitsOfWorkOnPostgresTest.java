package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.Account;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.customers.CustomerChanges;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.FreeTextPhone;
import dev.motorhub.domain.identity.PhoneRule;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account use cases the seed routes lean on, on PostgreSQL: each request's whole change is one
 * transaction, so a refusal in its second part leaves the first undone too.
 */
class AccountUnitsOfWorkOnPostgresTest {
  private Motorhub motorhub;
  private Principal root;

  @BeforeEach
  void theSuperuserIsSignedIn() {
    motorhub =
        Motorhub.builder(PostgresTestDatabase.emptyStore())
            .passwordHasher(new Pbkdf2PasswordHasher(1_000))
            .build();
    root = TestAccounts.superuser(motorhub);
  }

  @Test
  void anAccountAndItsProfile_changeTogether_orNotAtAll() {
    UserId alice = TestAccounts.register(motorhub, "alice").account().user().id();
    Account before = motorhub.accounts().viewAccounts().get(root, alice);
    var rename = new AccountChanges("alice_w", null, null, null, null, null, null, null);

    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                motorhub
                    .accounts()
                    .updateAccount()
                    .update(
                        new UpdateAccount.Command(
                            root, alice, rename, CustomerChanges.address("x".repeat(301)))));
    assertThat(motorhub.accounts().viewAccounts().get(root, alice)).isEqualTo(before);

    motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(root, alice, rename, CustomerChanges.address("456 Oak Ave")));
    Account changed = motorhub.accounts().viewAccounts().get(root, alice);
    assertThat(changed.user().username().value()).isEqualTo("alice_w");
    assertThat(changed.customer().orElseThrow().details().address()).isEqualTo("456 Oak Ave");
  }

  @Test
  void aUserAddedAlone_isStoredInactive_withoutAProfile_andAFreeTextPhone() {
    var form = TestForms.customer("lisa").phone("555-5678").phoneRule(PhoneRule.FREE_TEXT).build();

    Account lisa =
        motorhub
            .accounts()
            .createAccount()
            .create(
                new CreateAccount.Command(
                    root, form, AccountStatus.DEACTIVATED, CreateAccount.Profile.NONE));

    Account stored = motorhub.accounts().viewAccounts().get(root, lisa.user().id());
    assertThat(stored.user().username().value()).isEqualTo("lisa");
    assertThat(stored.user().status()).isEqualTo(AccountStatus.DEACTIVATED);
    assertThat(stored.user().phone()).contains(new FreeTextPhone("555-5678"));
    assertThat(stored.customer()).isEmpty();
  }

  @Test
  void aUserAddedWithATakenValue_leavesNothing() {
    TestAccounts.register(motorhub, "taken");
    var form = TestForms.customer("other").email("taken@example.com").build();

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(
            () ->
                motorhub
                    .accounts()
                    .createAccount()
                    .create(
                        new CreateAccount.Command(
                            root, form, AccountStatus.DEACTIVATED, CreateAccount.Profile.OF_ROLE)));
    assertThat(
            motorhub
                .store()
                .transactions()
                .inTransaction(
                    () -> motorhub.store().users().findByUsername(new Username("other"))))
        .isEmpty();
  }
}
