package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.CustomerQuery;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator opens an account in the status it asks for and, when it says so, without its
 * role's profile (seed 000's "add user"), in one unit of work.
 */
class CreateAccountAloneTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal root;

  @BeforeEach
  void theSuperuserIsSignedIn() {
    root = TestAccounts.superuser(motorhub);
  }

  private Account create(
      AccountFormBuilder form, AccountStatus status, CreateAccount.Profile profile) {
    return motorhub
        .accounts()
        .createAccount()
        .create(new CreateAccount.Command(root, form.build(), status, profile));
  }

  @Test
  void aCustomerOpenedAlone_hasNoProfile_andIsReadAndListedAsSuch() {
    Account lisa =
        create(TestForms.customer("lisa"), AccountStatus.ACTIVE, CreateAccount.Profile.NONE);

    assertThat(lisa.user().role()).isEqualTo(Role.CUSTOMER);
    assertThat(lisa.customer()).isEmpty();
    assertThat(motorhub.store().customers().findByUser(lisa.user().id())).isEmpty();
    assertThat(motorhub.accounts().viewAccounts().get(root, lisa.user().id()).customer()).isEmpty();
    assertThat(
            motorhub
                .customers()
                .viewCustomers()
                .search(root, CustomerQuery.all(), PageRequest.first(10))
                .items())
        .noneMatch(record -> record.account().orElseThrow().id().equals(lisa.user().id()));
    Principal herself =
        TestAccounts.principal(motorhub, TestAccounts.logIn(motorhub, "lisa").tokens());
    assertThat(motorhub.accounts().viewAccounts().get(herself, herself.actor().id()).customer())
        .isEmpty();
  }

  @Test
  void anAccountOpenedDeactivated_isSoFromTheStart_andCannotSignIn() {
    Account idle =
        create(TestForms.customer("idle"), AccountStatus.DEACTIVATED, CreateAccount.Profile.NONE);

    assertThat(idle.user().status()).isEqualTo(AccountStatus.DEACTIVATED);
    assertThat(motorhub.store().users().findById(idle.user().id()).orElseThrow().status())
        .isEqualTo(AccountStatus.DEACTIVATED);
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> TestAccounts.logIn(motorhub, "idle"));
  }

  @Test
  void anAccountRefused_leavesNothing_whateverItsStatus() {
    TestAccounts.register(motorhub, "taken");

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(
            () ->
                create(
                    TestForms.customer("other").email("taken@example.com"),
                    AccountStatus.DEACTIVATED,
                    CreateAccount.Profile.NONE));
    assertThat(motorhub.store().users().findByUsername(new Username("other"))).isEmpty();
  }

  @Test
  void theDefaults_openAnActiveAccountWithItsProfile() {
    Account carol =
        motorhub
            .accounts()
            .createAccount()
            .create(
                new CreateAccount.Command(root, TestForms.customer("carol").build(), null, null));

    assertThat(carol.user().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(carol.customer()).isPresent();
  }
}
