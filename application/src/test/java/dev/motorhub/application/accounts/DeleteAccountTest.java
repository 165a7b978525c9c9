package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.RefreshSession;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Unauthenticated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteAccountTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Registered alice;
  private UserId aliceId;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.register(motorhub, "alice");
    aliceId = alice.account().user().id();
  }

  private void delete(Principal principal, UserId user) {
    motorhub.accounts().deleteAccount().delete(new DeleteAccount.Command(principal, user));
  }

  @Test
  void aHolderDeletesTheirAccount_andTheCustomerProfileGoesWithIt() {
    CustomerId profile = alice.account().customer().orElseThrow().id();

    delete(TestAccounts.principal(motorhub, alice), aliceId);

    assertThat(motorhub.store().users().findById(aliceId)).isEmpty();
    assertThat(motorhub.store().customers().findById(profile)).isEmpty();
    assertThat(motorhub.store().customers().findByUser(aliceId)).isEmpty();
    Principal staff = TestAccounts.staff(motorhub, "stella");
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.customers().viewCustomers().get(staff, profile));
  }

  @Test
  void aDeletedAccount_canNeitherSignInNorUseItsTokens() {
    delete(TestAccounts.principal(motorhub, alice), aliceId);

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.logIn(motorhub, "alice"))
        .withMessage("Invalid credentials.");
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.principal(motorhub, alice));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(
            () ->
                motorhub
                    .identity()
                    .refreshSession()
                    .refresh(new RefreshSession.Command(alice.tokens().refreshToken())));
  }

  @Test
  void aDeletedUsername_isFreeAgain() {
    delete(TestAccounts.principal(motorhub, alice), aliceId);

    Registered again = TestAccounts.register(motorhub, "alice");

    assertThat(again.account().user().id()).isNotEqualTo(aliceId);
  }

  @Test
  void staffDeleteAMechanic_andTheMechanicProfileGoesWithIt() {
    UserId mo = TestAccounts.registerMechanic(motorhub, "mo").account().user().id();
    assertThat(motorhub.store().mechanics().findByUser(mo)).isPresent();

    delete(TestAccounts.staff(motorhub, "stella"), mo);

    assertThat(motorhub.store().mechanics().findByUser(mo)).isEmpty();
    assertThat(motorhub.store().users().findById(mo)).isEmpty();
  }

  @Test
  void staffMayNotDeleteAnotherStaffAccount() {
    Principal stella = TestAccounts.staff(motorhub, "stella");
    TestAccounts.staff(motorhub, "steve");
    UserId steve =
        motorhub.store().users().findByUsername(new Username("steve")).orElseThrow().id();

    assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> delete(stella, steve));
    assertThat(motorhub.store().users().findById(steve)).isPresent();
  }

  @Test
  void anotherCustomersAccount_isNotFoundAndStays() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    assertThatExceptionOfType(NotFound.class).isThrownBy(() -> delete(bob, aliceId));
    assertThat(motorhub.store().users().findById(aliceId)).isPresent();
  }
}
