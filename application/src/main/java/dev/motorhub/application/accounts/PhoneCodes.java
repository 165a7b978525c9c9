package dev.motorhub.application.accounts;

import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.domain.identity.TokenDigest;
import java.util.HexFormat;

/**
 * Six-digit codes for phone verification, drawn from the platform's {@link TokenGenerator}: the
 * token's digest read as a number, so every code from 000000 to 999999 is as likely as the next.
 */
public final class PhoneCodes {
  private final TokenGenerator tokens;

  public PhoneCodes(TokenGenerator tokens) {
    this.tokens = tokens;
  }

  public String next() {
    long bits = HexFormat.fromHexDigitsToLong(TokenDigest.of(tokens.next()).substring(0, 15));
    return String.format("%06d", bits % 1_000_000);
  }
}
