package dev.motorhub.application.support;

import dev.motorhub.application.accounts.AccountForm;
import dev.motorhub.application.accounts.AccountFormBuilder;
import java.util.Locale;

/**
 * Registration forms as a client fills them in: complete and valid by default, each field
 * replaceable on the returned builder. The email and phone derive from the username, so different
 * usernames never collide.
 */
public final class TestForms {
  private TestForms() {}

  /** A customer's form (the role left for the default). */
  public static AccountFormBuilder customer(String username) {
    return AccountForm.builder(username, username + "@example.com", TestAccounts.PASSWORD)
        .phone(phoneFor(username))
        .names(capitalized(username), "Mwangi")
        .job("Fleet manager")
        .notes("Prefers SMS")
        .dateOfBirth("1990-05-17")
        .address("12 Moi Avenue", "Nairobi", "Nairobi County", "00100");
  }

  /** A mechanic's form with a specialization and experience. */
  public static AccountFormBuilder mechanic(String username) {
    return customer(username).role("mechanic").trade("Transmissions", 7);
  }

  /** A phone number of the form +2547XXXXXXXX that depends only on {@code username}. */
  public static String phoneFor(String username) {
    return String.format(Locale.ROOT, "+2547%08d", Math.floorMod(username.hashCode(), 100_000_000));
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? "" : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
