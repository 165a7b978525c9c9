package dev.motorhub.application.customers;

import dev.motorhub.domain.customers.CardNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed fingerprints of card numbers: the HMAC-SHA256 of the digits under a secret key, in hex. The
 * same card always has the same fingerprint under one key, so a card already on file is told apart
 * without keeping its number; without the key a fingerprint cannot be turned back into a number by
 * trying them all. The key must therefore stay secret, and must never change once cards are stored.
 */
public final class CardFingerprinter {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int SHORTEST_KEY_BYTES = 32;
  private final SecretKeySpec key;

  public CardFingerprinter(byte[] key) {
    if (key == null || key.length < SHORTEST_KEY_BYTES) {
      throw new IllegalArgumentException("A card fingerprint key has at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** A fingerprinter with a random key: fingerprints that mean nothing after the process ends. */
  public static CardFingerprinter withRandomKey() {
    byte[] key = new byte[SHORTEST_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new CardFingerprinter(key);
  }

  public String fingerprint(CardNumber number) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
    }
  }

  @Override
  public String toString() {
    return "CardFingerprinter[HmacSHA256, key=***]";
  }
}
