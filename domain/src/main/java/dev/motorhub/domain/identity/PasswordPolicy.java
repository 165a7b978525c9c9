package dev.motorhub.domain.identity;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one password policy of the platform, Django's default one: at least eight characters, not
 * entirely numeric, not a common password, and not too similar to the username, the email or the
 * names. Each failing rule is named in its own message.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  private static final double MAX_SIMILARITY = 0.7;

  private PasswordPolicy() {}

  /** The policy with Django's list of common passwords. */
  public static PasswordPolicy standard() {
    return new PasswordPolicy();
  }

  /** Throws {@link InvalidInput} on {@code field} naming every rule the password breaks. */
  public void check(String password, String field, UserDetails owner) {
    List<String> failures = failures(password, owner);
    if (!failures.isEmpty()) {
      throw new InvalidInput(java.util.Map.of(field, failures));
    }
  }

  List<String> failures(String password, UserDetails owner) {
    List<String> failures = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      return List.of("This field is required.");
    }
    if (password.length() < MIN_LENGTH) {
      failures.add(
          "This password is too short. It must contain at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() > MAX_LENGTH) {
      failures.add(
          "This password is too long. It must contain at most " + MAX_LENGTH + " characters.");
    }
    similarAttribute(password, owner)
        .ifPresent(
            attribute -> failures.add("The password is too similar to the " + attribute + "."));
    if (CommonPasswords.contains(password)) {
      failures.add("This password is too common.");
    }
    if (password.chars().allMatch(Character::isDigit)) {
      failures.add("This password is entirely numeric.");
    }
    return failures;
  }

  private static java.util.Optional<String> similarAttribute(String password, UserDetails owner) {
    if (owner == null) {
      return java.util.Optional.empty();
    }
    String lower = password.toLowerCase(Locale.ROOT);
    record Attribute(String name, String value) {}
    List<Attribute> attributes =
        List.of(
            new Attribute("username", owner.username().key()),
            new Attribute("email", owner.email().key()),
            new Attribute("email", owner.email().localPart().toLowerCase(Locale.ROOT)),
            new Attribute("first name", owner.firstName().toLowerCase(Locale.ROOT)),
            new Attribute("last name", owner.lastName().toLowerCase(Locale.ROOT)));
    return attributes.stream()
        .filter(
            a ->
                a.value().length() >= 3
                    && mayReachLimit(lower, a.value())
                    && similarity(lower, a.value()) >= MAX_SIMILARITY)
        .map(Attribute::name)
        .findFirst();
  }

  /**
   * Whether two strings' lengths leave room for a similarity at the limit: the ratio is at most
   * twice the shorter length over the total. Skipping the rest keeps a huge password from costing
   * seconds of comparison (the work grows with the product of the lengths).
   */
  private static boolean mayReachLimit(String a, String b) {
    return 2.0 * Math.min(a.length(), b.length()) / (a.length() + b.length()) >= MAX_SIMILARITY;
  }

  /**
   * Ratcliff/Obershelp similarity, as Python's difflib (and so Django) measures it: twice the
   * number of matching characters over the total length.
   */
  static double similarity(String a, String b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    return 2.0 * matching(a, 0, a.length(), b, 0, b.length()) / (a.length() + b.length());
  }

  private static int matching(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
    int best = 0;
    int bestA = aFrom;
    int bestB = bFrom;
    for (int i = aFrom; i < aTo; i++) {
      for (int j = bFrom; j < bTo; j++) {
        int k = 0;
        while (i + k < aTo && j + k < bTo && a.charAt(i + k) == b.charAt(j + k)) {
          k++;
        }
        if (k > best) {
          best = k;
          bestA = i;
          bestB = j;
        }
      }
    }
    if (best == 0) {
      return 0;
    }
    return best
        + matching(a, aFrom, bestA, b, bFrom, bestB)
        + matching(a, bestA + best, aTo, b, bestB + best, bTo);
  }
}
