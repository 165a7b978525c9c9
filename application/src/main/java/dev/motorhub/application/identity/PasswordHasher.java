package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.PasswordHash;

/** Hashes passwords for storage and checks a password against a stored hash. */
public interface PasswordHasher {
  PasswordHash hash(String password);

  boolean matches(String password, PasswordHash hash);
}
