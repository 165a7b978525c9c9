package dev.motorhub.application.memory;

import dev.motorhub.application.identity.PhoneVerificationRepository;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Phone verifications in memory, one an account, under the account's id. */
final class InMemoryPhoneVerificationRepository implements PhoneVerificationRepository {
  private final Table<UUID, PhoneVerification> verifications;

  InMemoryPhoneVerificationRepository(Table<UUID, PhoneVerification> verifications) {
    this.verifications = verifications;
  }

  @Override
  public Optional<PhoneVerification> find(UserId user) {
    return verifications.get(user.value());
  }

  @Override
  public Optional<PhoneVerification> lock(UserId user) {
    // The in-memory store runs one unit of work at a time: reading is locking.
    return find(user);
  }

  @Override
  public List<PhoneVerification> findByUsers(Collection<UserId> users) {
    return users.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
  }

  @Override
  public void put(PhoneVerification verification) {
    verifications.put(verification.user().value(), verification);
  }

  @Override
  public void remove(UserId user) {
    verifications.remove(user.value());
  }
}
