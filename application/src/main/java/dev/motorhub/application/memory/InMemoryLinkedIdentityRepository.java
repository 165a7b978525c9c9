package dev.motorhub.application.memory;

import dev.motorhub.application.identity.LinkedIdentityRepository;
import dev.motorhub.application.identity.ProviderAccount;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;

/** The links of provider accounts to accounts, in memory. */
final class InMemoryLinkedIdentityRepository implements LinkedIdentityRepository {
  /** One link. */
  record Link(ProviderAccount account, UserId user, Instant at) {}

  private final Table<String, Link> links;

  InMemoryLinkedIdentityRepository(Table<String, Link> links) {
    this.links = links;
  }

  @Override
  public Optional<UserId> findUser(ProviderAccount account) {
    return links.get(key(account)).map(Link::user);
  }

  @Override
  public boolean link(ProviderAccount account, UserId user, Instant at) {
    if (links.get(key(account)).isPresent()) {
      return false;
    }
    links.put(key(account), new Link(account, user, at));
    return true;
  }

  /** Forgets the links of a deleted account. */
  void deleteOf(UserId user) {
    links
        .where(link -> link.user().equals(user))
        .forEach(link -> links.remove(key(link.account())));
  }

  private static String key(ProviderAccount account) {
    return account.issuer() + "\n" + account.subject();
  }
}
