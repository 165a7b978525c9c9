package dev.motorhub.application.customers;

import java.util.Optional;

/**
 * Narrows a list of leads: names match any part regardless of case, the source matches whole
 * regardless of case. Blank values filter nothing.
 */
public record LeadFilter(
    Optional<String> firstName, Optional<String> lastName, Optional<String> source) {

  public LeadFilter {
    firstName = firstName.map(String::strip).filter(v -> !v.isEmpty());
    lastName = lastName.map(String::strip).filter(v -> !v.isEmpty());
    source = source.map(String::strip).filter(v -> !v.isEmpty());
  }

  /** A filter from the values a client sends, any of them null. */
  public static LeadFilter of(String firstName, String lastName, String source) {
    return new LeadFilter(
        Optional.ofNullable(firstName), Optional.ofNullable(lastName), Optional.ofNullable(source));
  }

  public static LeadFilter none() {
    return of(null, null, null);
  }
}
