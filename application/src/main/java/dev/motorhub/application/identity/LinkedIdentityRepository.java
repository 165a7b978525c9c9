package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Which account of the platform each provider account (signing in with Google) is linked to. A
 * provider account is linked to one account at most; an account may have several. Deleting the
 * account deletes its links.
 */
public interface LinkedIdentityRepository {
  Optional<UserId> findUser(ProviderAccount account);

  /**
   * Links {@code account} to {@code user}, unless it is linked already (to anyone): then nothing
   * changes and the answer is false.
   */
  boolean link(ProviderAccount account, UserId user, Instant at);
}
