package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.Forbidden;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The permission matrix of accounts: every actor role against every target role, on another's
 * account and on one's own. Own record: read, change, deactivate. Staff: read all, manage customers
 * and mechanics. Superuser: everything, but never their own role.
 */
class AccessPolicyTest {
  private final AccessPolicy policy = new AccessPolicy();

  /** The actor and the target: one account when {@code self}, two accounts of these roles else. */
  private record Pair(Actor actor, User target) {
    static Pair of(Role actorRole, Role targetRole, String relation) {
      User target = TestUsers.active(targetRole);
      if (relation.equals("self")) {
        assertThat(actorRole).as("one account has one role").isEqualTo(targetRole);
        return new Pair(TestUsers.actorOf(target), target);
      }
      return new Pair(new Actor(new UserId(UUID.randomUUID()), actorRole), target);
    }
  }

  @ParameterizedTest(
      name =
          "{0} on {2} {1}: view={3} manage={4} changeRole={5} suspend={6} reactivate={7}"
              + " deactivate={8} profile={9}")
  @CsvSource({
    // actor,   target,    relation, view,  manage, role,  suspend, activate, deactivate, profile
    "CUSTOMER,  CUSTOMER,  self,     true,  true,   false, false,   false,    true,       true",
    "MECHANIC,  MECHANIC,  self,     true,  true,   false, false,   false,    true,       true",
    "STAFF,     STAFF,     self,     true,  true,   false, false,   false,    true,       true",
    "SUPERUSER, SUPERUSER, self,     true,  true,   false, false,   false,    true,       true",
    "CUSTOMER,  CUSTOMER,  other,    false, false,  false, false,   false,    false,      false",
    "CUSTOMER,  MECHANIC,  other,    false, false,  false, false,   false,    false,      false",
    "CUSTOMER,  STAFF,     other,    false, false,  false, false,   false,    false,      false",
    "CUSTOMER,  SUPERUSER, other,    false, false,  false, false,   false,    false,      false",
    "MECHANIC,  CUSTOMER,  other,    false, false,  false, false,   false,    false,      false",
    "MECHANIC,  MECHANIC,  other,    false, false,  false, false,   false,    false,      false",
    "MECHANIC,  STAFF,     other,    false, false,  false, false,   false,    false,      false",
    "MECHANIC,  SUPERUSER, other,    false, false,  false, false,   false,    false,      false",
    "STAFF,     CUSTOMER,  other,    true,  true,   false, true,    true,     true,       true",
    "STAFF,     MECHANIC,  other,    true,  true,   false, true,    true,     true,       true",
    "STAFF,     STAFF,     other,    true,  false,  false, false,   false,    false,      true",
    "STAFF,     SUPERUSER, other,    true,  false,  false, false,   false,    false,      true",
    "SUPERUSER, CUSTOMER,  other,    true,  true,   true,  true,    true,     true,       true",
    "SUPERUSER, MECHANIC,  other,    true,  true,   true,  true,    true,     true,       true",
    "SUPERUSER, STAFF,     other,    true,  true,   true,  true,    true,     true,       true",
    "SUPERUSER, SUPERUSER, other,    true,  true,   true,  true,    true,     true,       true",
  })
  void accountPermissions(
      Role actorRole,
      Role targetRole,
      String relation,
      boolean view,
      boolean manage,
      boolean changeRole,
      boolean suspend,
      boolean reactivate,
      boolean deactivate,
      boolean actOnProfile) {
    Pair pair = Pair.of(actorRole, targetRole, relation);
    Actor actor = pair.actor();
    User target = pair.target();

    assertThat(policy.mayView(actor, target)).as("mayView").isEqualTo(view);
    assertThat(policy.mayManage(actor, target)).as("mayManage").isEqualTo(manage);
    assertThat(policy.mayChangeRole(actor, target)).as("mayChangeRole").isEqualTo(changeRole);
    assertThat(policy.mayChangeStatus(actor, target, AccountStatus.SUSPENDED))
        .as("mayChangeStatus to suspended")
        .isEqualTo(suspend);
    assertThat(policy.mayChangeStatus(actor, target, AccountStatus.ACTIVE))
        .as("mayChangeStatus to active")
        .isEqualTo(reactivate);
    assertThat(policy.mayChangeStatus(actor, target, AccountStatus.DEACTIVATED))
        .as("mayChangeStatus to deactivated")
        .isEqualTo(deactivate);
    assertThat(policy.mayViewProfileOf(actor, target.id()))
        .as("mayViewProfileOf")
        .isEqualTo(actOnProfile);
  }

  @ParameterizedTest(name = "{0} creates customer={1} mechanic={2} staff={3} superuser={4}")
  @CsvSource({
    "CUSTOMER,  false, false, false, false",
    "MECHANIC,  false, false, false, false",
    "STAFF,     true,  true,  false, false",
    "SUPERUSER, true,  true,  true,  true",
  })
  void onlyASuperuserCreatesAdministrators(
      Role actorRole, boolean customer, boolean mechanic, boolean staff, boolean superuser) {
    Actor actor = new Actor(new UserId(UUID.randomUUID()), actorRole);
    assertThat(policy.mayCreate(actor, Role.CUSTOMER)).as("customer").isEqualTo(customer);
    assertThat(policy.mayCreate(actor, Role.MECHANIC)).as("mechanic").isEqualTo(mechanic);
    assertThat(policy.mayCreate(actor, Role.STAFF)).as("staff").isEqualTo(staff);
    assertThat(policy.mayCreate(actor, Role.SUPERUSER)).as("superuser").isEqualTo(superuser);
  }

  @ParameterizedTest(name = "{0}: list={1} managePlans={1}")
  @CsvSource({"CUSTOMER, false", "MECHANIC, false", "STAFF, true", "SUPERUSER, true"})
  void onlyAdministratorsListAccountsAndManagePlans(Role actorRole, boolean administrative) {
    Actor actor = new Actor(new UserId(UUID.randomUUID()), actorRole);
    assertThat(policy.mayList(actor)).as("mayList").isEqualTo(administrative);
    assertThat(policy.mayManagePlans(actor)).as("mayManagePlans").isEqualTo(administrative);
  }

  @Test
  void require_throwsForbiddenWithTheMessageOnlyWhenRefused() {
    assertThatCode(() -> AccessPolicy.require(true, "never shown")).doesNotThrowAnyException();
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> AccessPolicy.require(false, "Only staff manage plans."))
        .withMessage("Only staff manage plans.")
        .satisfies(f -> assertThat(f.code()).isEqualTo("forbidden"));
  }
}
