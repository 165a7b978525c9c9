package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.identity.CreateSubscriptionPlan;
import dev.motorhub.application.identity.PlanTerms;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.RefreshSession;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Unauthenticated;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateAccountTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Registered alice;
  private UserId aliceId;
  private Principal aliceHerself;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.register(motorhub, "alice");
    aliceId = alice.account().user().id();
    aliceHerself = TestAccounts.principal(motorhub, alice);
  }

  private static AccountChanges role(String role) {
    return new AccountChanges(null, null, null, null, null, role, null, null);
  }

  private static AccountChanges plan(String plan) {
    return new AccountChanges(null, null, null, null, null, null, null, plan);
  }

  private Account update(Principal principal, UserId user, AccountChanges changes) {
    return motorhub
        .accounts()
        .updateAccount()
        .update(new UpdateAccount.Command(principal, user, changes));
  }

  private UserId idOf(String username) {
    return motorhub.store().users().findByUsername(new Username(username)).orElseThrow().id();
  }

  private SubscriptionPlan plan(Principal staff, String name, boolean active) {
    return motorhub
        .identity()
        .createSubscriptionPlan()
        .create(new CreateSubscriptionPlan.Command(staff, new PlanTerms(name, "5.00", 30, active)));
  }

  @Test
  void aHolderChangesTheirOwnDetails() {
    Account changed =
        update(
            aliceHerself,
            aliceId,
            new AccountChanges(
                "alice.w",
                "Alice.W@Example.com",
                "+254 733 000 111",
                "Alice",
                "Wanjiku",
                null,
                null,
                null));

    User user = changed.user();
    assertThat(user.username().value()).isEqualTo("alice.w");
    assertThat(user.email().value()).isEqualTo("Alice.W@Example.com");
    assertThat(user.phone())
        .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("+254733000111"));
    assertThat(user.firstName()).isEqualTo("Alice");
    assertThat(user.lastName()).isEqualTo("Wanjiku");
    assertThat(user.version()).isEqualTo(1);
    assertThat(changed.customer()).as("the profile comes along").isPresent();
    assertThat(TestAccounts.logIn(motorhub, "alice.w").user().id()).isEqualTo(aliceId);
  }

  @Test
  void detailsLeftOut_stayAsTheyAre_andAnEmptyPhoneRemovesIt() {
    Account changed =
        update(
            aliceHerself,
            aliceId,
            new AccountChanges(null, null, "", "Ali", null, null, null, null));

    assertThat(changed.user().username().value()).isEqualTo("alice");
    assertThat(changed.user().lastName()).isEqualTo("Mwangi");
    assertThat(changed.user().firstName()).isEqualTo("Ali");
    assertThat(changed.user().phone()).isEmpty();
  }

  @Test
  void badDetails_areAllReportedAtOnce() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                update(
                    aliceHerself,
                    aliceId,
                    new AccountChanges(
                        "no spaces", "nope", "555-1234", null, null, null, null, null)))
        .satisfies(
            e -> assertThat(e.errors()).containsOnlyKeys("username", "email", "phone_number"));
  }

  @Test
  void aUsernameTakenByAnother_isAConflictOnUsername() {
    TestAccounts.register(motorhub, "bob");

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(
            () ->
                update(
                    aliceHerself,
                    aliceId,
                    new AccountChanges("Bob", null, null, null, null, null, null, null)))
        .satisfies(c -> assertThat(c.field()).isEqualTo("username"));
  }

  @Test
  void anotherCustomersAccount_isNotFound() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(
            () ->
                update(
                    bob,
                    aliceId,
                    new AccountChanges(null, null, null, "X", null, null, null, null)));
  }

  @Test
  void staffChangeACustomersDetails() {
    Principal staff = TestAccounts.staff(motorhub, "stella");

    Account changed =
        update(
            staff, aliceId, new AccountChanges(null, null, null, null, "Kamau", null, null, null));

    assertThat(changed.user().lastName()).isEqualTo("Kamau");
  }

  @Test
  void staffMayNotChangeAnotherStaffAccount() {
    Principal stella = TestAccounts.staff(motorhub, "stella");
    TestAccounts.staff(motorhub, "steve");

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () ->
                update(
                    stella,
                    idOf("steve"),
                    new AccountChanges(null, null, null, "S", null, null, null, null)));
  }

  @Test
  void onlyASuperuserChangesARole() {
    Principal staff = TestAccounts.staff(motorhub, "stella");

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> update(staff, aliceId, role("mechanic")))
        .withMessage("Only a superuser changes the role of another account.");
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> update(aliceHerself, aliceId, role("staff")));

    Account promoted = update(TestAccounts.superuser(motorhub), aliceId, role("staff"));
    assertThat(promoted.user().role()).isEqualTo(Role.STAFF);
  }

  @Test
  void aSuperuser_mayNotChangeTheirOwnRole() {
    Principal root = TestAccounts.superuser(motorhub);

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> update(root, root.actor().id(), role("customer")));
  }

  @Test
  void namingTheCurrentRole_isNoRoleChange() {
    assertThat(update(aliceHerself, aliceId, role("customer")).user().role())
        .isEqualTo(Role.CUSTOMER);
  }

  @Test
  void anUnknownRoleOrStatus_isInvalidInput() {
    Principal root = TestAccounts.superuser(motorhub);

    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> update(root, aliceId, role("admin")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("role"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> update(root, aliceId, AccountChanges.status("banned")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("status"));
  }

  @Test
  void aHolderMayDeactivateButNotSuspendTheirOwnAccount() {
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> update(aliceHerself, aliceId, AccountChanges.status("suspended")));

    Account deactivated = update(aliceHerself, aliceId, AccountChanges.status("deactivated"));

    assertThat(deactivated.user().status()).isEqualTo(AccountStatus.DEACTIVATED);
  }

  @Test
  void deactivation_endsEverySessionOfTheAccount() {
    var phone = TestAccounts.logIn(motorhub, "alice").tokens();

    update(aliceHerself, aliceId, AccountChanges.status("deactivated"));

    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.principal(motorhub, alice));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(() -> TestAccounts.principal(motorhub, phone));
    assertThatExceptionOfType(Unauthenticated.class)
        .isThrownBy(
            () ->
                motorhub
                    .identity()
                    .refreshSession()
                    .refresh(new RefreshSession.Command(phone.refreshToken())));
    assertThatExceptionOfType(Forbidden.class)
        .as("and a deactivated account cannot sign in again")
        .isThrownBy(() -> TestAccounts.logIn(motorhub, "alice"));
  }

  @Test
  void staffSuspendAndReactivateACustomer() {
    Principal staff = TestAccounts.staff(motorhub, "stella");

    assertThat(update(staff, aliceId, AccountChanges.status("suspended")).user().status())
        .isEqualTo(AccountStatus.SUSPENDED);
    assertThat(update(staff, aliceId, AccountChanges.status("active")).user().status())
        .isEqualTo(AccountStatus.ACTIVE);
    assertThat(TestAccounts.logIn(motorhub, "alice")).isNotNull();
  }

  @Test
  void onlyASuperuserSuspendsStaff() {
    Principal stella = TestAccounts.staff(motorhub, "stella");
    TestAccounts.staff(motorhub, "steve");

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> update(stella, idOf("steve"), AccountChanges.status("suspended")));
    assertThat(
            update(
                    TestAccounts.superuser(motorhub),
                    idOf("steve"),
                    AccountChanges.status("suspended"))
                .user()
                .status())
        .isEqualTo(AccountStatus.SUSPENDED);
  }

  @Test
  void aHolderChoosesAnActivePlan_andAnEmptyPlanLeavesIt() {
    SubscriptionPlan gold = plan(TestAccounts.staff(motorhub, "stella"), "Gold", true);

    assertThat(update(aliceHerself, aliceId, plan(gold.id().toString())).user().plan())
        .contains(gold.id());
    assertThat(update(aliceHerself, aliceId, plan("")).user().plan()).isEmpty();
  }

  @Test
  void aPlanThatDoesNotExist_isRefusedOnSubscriptionPlan() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> update(aliceHerself, aliceId, plan(UUID.randomUUID().toString())))
        .satisfies(
            e ->
                assertThat(e.errors().get("subscription_plan"))
                    .containsExactly("The selected subscription plan does not exist."));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> update(aliceHerself, aliceId, plan("gold")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("subscription_plan"));
  }

  @Test
  void aRetiredPlan_isNoLongerOfferedToCustomersButStaffMayStillAssignIt() {
    Principal staff = TestAccounts.staff(motorhub, "stella");
    SubscriptionPlan legacy = plan(staff, "Legacy", false);

    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> update(aliceHerself, aliceId, plan(legacy.id().toString())))
        .withMessage("The plan Legacy is no longer offered.");
    assertThat(update(staff, aliceId, plan(legacy.id().toString())).user().plan())
        .contains(legacy.id());
  }
}
