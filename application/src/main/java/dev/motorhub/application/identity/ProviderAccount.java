package dev.motorhub.application.identity;

import dev.motorhub.domain.shared.InvalidInput;

/**
 * An account at an identity provider, as OpenID Connect names it: the provider's issuer and the
 * subject, the provider's own id of the person, which never changes (an email may).
 */
public record ProviderAccount(String issuer, String subject) {
  private static final int MAX = 255;

  public ProviderAccount {
    if (issuer == null || issuer.isBlank() || issuer.length() > MAX) {
      throw InvalidInput.of("iss", "The provider's issuer is missing or too long.");
    }
    if (subject == null || subject.isBlank() || subject.length() > MAX) {
      throw InvalidInput.of("sub", "The provider's subject is missing or too long.");
    }
  }
}
