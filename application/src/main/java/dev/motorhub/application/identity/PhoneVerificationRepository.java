package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The phone verification of each account: one at most, the last code sent and its outcome. */
public interface PhoneVerificationRepository {
  Optional<PhoneVerification> find(UserId user);

  /**
   * The account's verification, read under a lock on the account that holds until the end of the
   * unit of work, so two codes sent or confirmed for one account go one after the other.
   */
  Optional<PhoneVerification> lock(UserId user);

  /** The verifications of those of {@code users} that have one, in one lookup. */
  List<PhoneVerification> findByUsers(Collection<UserId> users);

  /** Keeps {@code verification} as the account's, replacing the one it had. */
  void put(PhoneVerification verification);

  /** Forgets the account's verification, if it had one. */
  void remove(UserId user);
}
