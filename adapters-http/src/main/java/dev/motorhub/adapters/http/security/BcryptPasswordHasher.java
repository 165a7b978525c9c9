package dev.motorhub.adapters.http.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.domain.identity.PasswordHash;

/**
 * bcrypt password hashes at a configurable cost (default 12). Passwords longer than bcrypt's 72
 * bytes are pre-hashed with SHA-512 rather than cut short.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  public static final int DEFAULT_COST = 12;
  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
  private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(VERSION);

  private final int cost;

  public BcryptPasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be between 4 and 31");
    }
    this.cost = cost;
  }

  @Override
  public PasswordHash hash(String password) {
    return new PasswordHash(BCrypt.with(VERSION, LONG).hashToString(cost, password.toCharArray()));
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    if (!hash.value().startsWith("$2")) {
      return false;
    }
    return BCrypt.verifyer(VERSION, LONG)
        .verify(password.toCharArray(), hash.value().toCharArray())
        .verified;
  }
}
