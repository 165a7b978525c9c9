package dev.motorhub.application.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * The sign-ins sent to an identity provider and not yet back, kept where every instance of the
 * server finds them, so that the provider's answer may reach any of them.
 */
public interface PendingSignInRepository {
  void add(PendingSignIn signIn);

  /**
   * The sign-in kept under {@code stateDigest}, removed as it is read: however many take it at
   * once, on however many instances, one gets it.
   */
  Optional<PendingSignIn> take(String stateDigest);

  /** Forgets the sign-ins started at or before {@code until}; how many are left. */
  int forgetStartedUntil(Instant until);
}
