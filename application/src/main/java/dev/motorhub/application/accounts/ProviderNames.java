package dev.motorhub.application.accounts;

/**
 * A name as an identity provider gives it, made fit to keep: control characters and broken
 * surrogates become spaces, and it is cut to the 150 characters an account's names hold.
 */
final class ProviderNames {
  private static final int MAX = 150;

  private ProviderNames() {}

  static String clean(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < name.length()
              && Character.isLowSurrogate(name.charAt(i + 1));
      if (pair) {
        kept.append(c).append(name.charAt(++i));
      } else {
        kept.append(Character.isISOControl(c) || Character.isSurrogate(c) ? ' ' : c);
      }
    }
    String text = kept.toString().strip();
    if (text.length() <= MAX) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX;
    return text.substring(0, end).strip();
  }
}
