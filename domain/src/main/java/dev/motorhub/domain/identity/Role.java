package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an account is for; staff and superusers administer the platform. */
public enum Role {
  CUSTOMER,
  MECHANIC,
  STAFF,
  SUPERUSER;

  /** The lower-case name used on the wire. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isAdministrative() {
    return this == STAFF || this == SUPERUSER;
  }

  public static Role parse(String text, String field) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInput.of(
                    field,
                    "Select a valid choice: "
                        + Arrays.stream(values()).map(Role::wire).collect(Collectors.joining(", "))
                        + "."));
  }
}
