package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/**
 * Reads accounts with their profiles: one's own, or any for staff; only staff list and search. An
 * account the caller may not see is reported as not found, so ids cannot be probed.
 */
public final class ViewAccounts {
  private final Transactions tx;
  private final UserRepository users;
  private final AccountReader reader;
  private final AccessPolicy access;

  public ViewAccounts(
      Transactions tx, UserRepository users, AccountReader reader, AccessPolicy access) {
    this.tx = tx;
    this.users = users;
    this.reader = reader;
    this.access = access;
  }

  public Account get(Principal principal, UserId id) {
    return tx.read(
        () ->
            users
                .findById(id)
                .filter(user -> access.mayView(principal.actor(), user))
                .map(reader::of)
                .orElseThrow(() -> new NotFound("User")));
  }

  public Page<Account> list(Principal principal, UserFilter filter, PageRequest page) {
    AccessPolicy.require(
        access.mayList(principal.actor()), "Only staff can list and search accounts.");
    return tx.read(
        () -> {
          Page<dev.motorhub.domain.identity.User> found = users.list(filter, page);
          return new Page<>(reader.of(found.items()), found.nextCursor());
        });
  }
}
