package dev.motorhub.application.memory;

import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.domain.identity.PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 hashes in Django's format ({@code pbkdf2_sha256$iterations$salt$hash}), from
 * the JDK alone: the hasher of an embedded core that brings no library. The server uses bcrypt.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {
  private static final String PREFIX = "pbkdf2_sha256";
  private final int iterations;
  private final SecureRandom random = new SecureRandom();

  public Pbkdf2PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive");
    }
    this.iterations = iterations;
  }

  @Override
  public PasswordHash hash(String password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    String saltText = Base64.getEncoder().withoutPadding().encodeToString(salt);
    return new PasswordHash(
        PREFIX + "$" + iterations + "$" + saltText + "$" + derive(password, saltText, iterations));
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    String[] parts = hash.value().split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    int rounds;
    try {
      rounds = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return false;
    }
    return MessageDigest.isEqual(
        derive(password, parts[2], rounds).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        parts[3].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static String derive(String password, String salt, int rounds) {
    try {
      var spec =
          new PBEKeySpec(
              password.toCharArray(),
              salt.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              rounds,
              256);
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return Base64.getEncoder().encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JDK has PBKDF2WithHmacSHA256", e);
    }
  }
}
