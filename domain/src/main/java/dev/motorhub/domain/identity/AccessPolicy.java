package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.Forbidden;

/**
 * Who may do what to an account, in one place. Everyone may read and change their own account;
 * staff read every account and manage customers' and mechanics' accounts; only a superuser creates
 * staff or superusers, changes roles, or touches another administrator's account.
 */
public final class AccessPolicy {

  /** Reading an account: its holder or an administrator. */
  public boolean mayView(Actor actor, User target) {
    return actor.is(target.id()) || actor.isAdministrative();
  }

  /** Changing, deleting, setting the password of or changing the status of an account. */
  public boolean mayManage(Actor actor, User target) {
    return actor.is(target.id())
        || actor.role() == Role.SUPERUSER
        || actor.role() == Role.STAFF && !target.role().isAdministrative();
  }

  /** Creating an account with a role other than by self-registration. */
  public boolean mayCreate(Actor actor, Role role) {
    return role.isAdministrative() ? actor.role() == Role.SUPERUSER : actor.isAdministrative();
  }

  /** Giving an account another role: a superuser, never on their own account. */
  public boolean mayChangeRole(Actor actor, User target) {
    return actor.role() == Role.SUPERUSER && !actor.is(target.id());
  }

  /** Suspending, deactivating or reactivating: a holder may only deactivate their own account. */
  public boolean mayChangeStatus(Actor actor, User target, AccountStatus status) {
    if (actor.is(target.id())) {
      return status == AccountStatus.DEACTIVATED;
    }
    return mayManage(actor, target);
  }

  /** Listing and searching accounts and profiles. */
  public boolean mayList(Actor actor) {
    return actor.isAdministrative();
  }

  /** Defining subscription plans. */
  public boolean mayManagePlans(Actor actor) {
    return actor.isAdministrative();
  }

  /** Seeing a profile owned by {@code owner}: the owner or staff. */
  public boolean mayViewProfileOf(Actor actor, UserId owner) {
    return actor.is(owner) || actor.isAdministrative();
  }

  /** Throws {@link Forbidden} with {@code message} unless {@code allowed}. */
  public static void require(boolean allowed, String message) {
    if (!allowed) {
      throw new Forbidden(message);
    }
  }
}
