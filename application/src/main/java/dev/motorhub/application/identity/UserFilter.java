package dev.motorhub.application.identity;

import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Role;
import java.util.Optional;

/**
 * Narrows a list of accounts: text fields match any part, regardless of case; role and status match
 * exactly.
 */
public record UserFilter(
    Optional<String> username,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<Role> role,
    Optional<AccountStatus> status) {

  public static UserFilter none() {
    return new UserFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
