package dev.motorhub.application.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** 256 random bits from {@link SecureRandom}, base64url-encoded. */
public final class SecureTokenGenerator implements TokenGenerator {
  private final SecureRandom random = new SecureRandom();

  @Override
  public String next() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
