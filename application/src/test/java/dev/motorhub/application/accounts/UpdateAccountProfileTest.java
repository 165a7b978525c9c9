package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.CustomerChanges;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.Refusals;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An account and its customer profile change together, in one unit of work, or not at all. */
class UpdateAccountProfileTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal staff;
  private UserId alice;

  @BeforeEach
  void aliceHasRegistered() {
    staff = TestAccounts.staff(motorhub, "stella");
    alice = TestAccounts.register(motorhub, "alice").account().user().id();
  }

  private Account update(UserId user, String username, CustomerChanges profile) {
    var changes = new AccountChanges(username, null, null, null, null, null, null, null);
    return motorhub
        .accounts()
        .updateAccount()
        .update(new UpdateAccount.Command(staff, user, changes, profile));
  }

  @Test
  void theAccountAndItsProfile_changeTogether() {
    Account changed = update(alice, "alice_w", CustomerChanges.address("456 Oak Ave"));

    assertThat(changed.user().username().value()).isEqualTo("alice_w");
    assertThat(changed.customer().orElseThrow().details().address()).isEqualTo("456 Oak Ave");
    assertThat(motorhub.store().customers().findByUser(alice).orElseThrow().details().address())
        .isEqualTo("456 Oak Ave");
  }

  @Test
  void aProfileRefused_afterTheAccountChanged_undoesTheAccountsChangeToo() {
    Account before = motorhub.accounts().viewAccounts().get(staff, alice);

    InvalidInput refused =
        Refusals.refused(
            InvalidInput.class,
            () -> update(alice, "alice_w", CustomerChanges.address("x".repeat(301))));

    assertThat(refused.errors()).containsOnlyKeys("address");
    assertThat(motorhub.accounts().viewAccounts().get(staff, alice)).isEqualTo(before);
  }

  @Test
  void anAccountWithoutAProfile_changesAlone() {
    UserId stella = staff.actor().id();

    Account changed = update(stella, "stella_k", CustomerChanges.address("1 Office Park"));

    assertThat(changed.user().username().value()).isEqualTo("stella_k");
    assertThat(changed.customer()).isEmpty();
  }

  @Test
  void noProfileChange_leavesTheProfileAsItWas() {
    var profile = motorhub.store().customers().findByUser(alice).orElseThrow();

    update(alice, "alice_k", CustomerChanges.none());

    assertThat(motorhub.store().customers().findByUser(alice)).contains(profile);
  }
}
