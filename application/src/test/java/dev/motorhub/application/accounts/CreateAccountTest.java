package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators open accounts for others, and read and list them. */
class CreateAccountTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal staff;

  @BeforeEach
  void staffIsSignedIn() {
    staff = TestAccounts.staff(motorhub, "stella");
  }

  private Account create(Principal principal, AccountFormBuilder form) {
    return motorhub
        .accounts()
        .createAccount()
        .create(new CreateAccount.Command(principal, form.build()));
  }

  @Test
  void staffOpenACustomerAccount_withItsProfileAndNoSession() {
    Account account = create(staff, TestForms.customer("carol"));

    assertThat(account.user().role()).isEqualTo(Role.CUSTOMER);
    assertThat(account.customer()).isPresent();
    assertThat(TestAccounts.logIn(motorhub, "carol").user().id()).isEqualTo(account.user().id());
  }

  @Test
  void staffOpenAMechanicAccount() {
    Account account = create(staff, TestForms.mechanic("mo"));

    assertThat(account.user().role()).isEqualTo(Role.MECHANIC);
    assertThat(account.mechanic()).isPresent();
  }

  @Test
  void staffMayNotOpenAdministratorAccounts() {
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> create(staff, TestForms.customer("steve").role("staff")))
        .withMessage("Only a superuser creates staff accounts.");
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> create(staff, TestForms.customer("sue").role("superuser")));
    assertThat(motorhub.store().users().findByUsername(new Username("steve"))).isEmpty();
  }

  @Test
  void aSuperuserOpensASuperuserAccount() {
    Account account =
        create(TestAccounts.superuser(motorhub), TestForms.customer("sue").role("superuser"));

    assertThat(account.user().role()).isEqualTo(Role.SUPERUSER);
    assertThat(account.customer()).isEmpty();
    assertThat(account.mechanic()).isEmpty();
  }

  @Test
  void aCustomer_mayNotOpenAccounts() {
    Principal alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> create(alice, TestForms.customer("carol")));
  }

  @Test
  void aCustomerSeesOnlyTheirOwnAccount_andMayNotList() {
    Principal alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));

    assertThat(motorhub.accounts().viewAccounts().get(alice, alice.actor().id()).customer())
        .isPresent();
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.accounts().viewAccounts().get(alice, staff.actor().id()));
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () ->
                motorhub
                    .accounts()
                    .viewAccounts()
                    .list(alice, UserFilter.none(), PageRequest.first(10)));
  }

  @Test
  void staffListAccountsByRoleAPageAtATime() {
    for (String name : new String[] {"alice", "bob", "carol"}) {
      TestAccounts.register(motorhub, name);
    }
    UserFilter customers =
        new UserFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Role.CUSTOMER),
            Optional.empty());

    Page<Account> first =
        motorhub.accounts().viewAccounts().list(staff, customers, PageRequest.first(2));
    Page<Account> second =
        motorhub
            .accounts()
            .viewAccounts()
            .list(staff, customers, PageRequest.parse("2", first.nextCursor().orElseThrow()));

    assertThat(first.items())
        .extracting(a -> a.user().username().value())
        .containsExactly("alice", "bob");
    assertThat(second.items())
        .extracting(a -> a.user().username().value())
        .containsExactly("carol");
    assertThat(second.nextCursor()).isEmpty();
    assertThat(first.items()).allSatisfy(a -> assertThat(a.customer()).isPresent());
  }
}
