package dev.motorhub.application.memory;

import dev.motorhub.application.identity.PendingSignIn;
import dev.motorhub.application.identity.PendingSignInRepository;
import java.time.Instant;
import java.util.Optional;

/** The sign-ins under way, in memory, by the digest of their state. */
final class InMemoryPendingSignInRepository implements PendingSignInRepository {
  private final Table<String, PendingSignIn> byState;

  InMemoryPendingSignInRepository(Table<String, PendingSignIn> byState) {
    this.byState = byState;
  }

  @Override
  public void add(PendingSignIn signIn) {
    byState.put(signIn.stateDigest(), signIn);
  }

  @Override
  public Optional<PendingSignIn> take(String stateDigest) {
    Optional<PendingSignIn> pending = byState.get(stateDigest);
    pending.ifPresent(p -> byState.remove(stateDigest));
    return pending;
  }

  @Override
  public int forgetStartedUntil(Instant until) {
    byState.where(p -> !p.startedAt().isAfter(until)).forEach(p -> byState.remove(p.stateDigest()));
    return byState.where(p -> true).size();
  }
}
