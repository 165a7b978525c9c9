package dev.motorhub.application.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Unauthenticated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteCustomerTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Registered alice;
  private CustomerId profile;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.register(motorhub, "alice");
    profile = alice.account().customer().orElseThrow().id();
  }

  private void delete(Principal principal) {
    motorhub.customers().deleteCustomer().delete(new DeleteCustomer.Command(principal, profile));
  }

  @Test
  void deletingACustomer_deletesTheirAccount() {
    delete(TestAccounts.staff(motorhub, "stella"));

    assertThat(motorhub.store().customers().findById(profile)).isEmpty();
    assertThat(motorhub.store().users().findById(alice.account().user().id())).isEmpty();
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.logIn(motorhub, "alice"));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.principal(motorhub, alice));
  }

  @Test
  void aCustomerDeletesTheirOwnProfile() {
    delete(TestAccounts.principal(motorhub, alice));

    assertThat(motorhub.store().users().findById(alice.account().user().id())).isEmpty();
  }

  @Test
  void anotherCustomer_findsNothingToDelete() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    assertThatExceptionOfType(NotFound.class).isThrownBy(() -> delete(bob));
    assertThat(motorhub.store().customers().findById(profile)).isPresent();
  }
}
