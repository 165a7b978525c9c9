package dev.motorhub.domain.identity;

/**
 * How a client's phone is read: as E.164, the platform's rule everywhere a phone is named {@code
 * phone_number}; or as free text, as the My Cars seed (003) keeps its {@code phone}, where a number
 * that reads as E.164 is still kept as one.
 */
public enum PhoneRule {
  E164,
  FREE_TEXT;

  /**
   * The phone {@code text} states under this rule; invalid input on {@code phone_number} if not.
   */
  public Phone read(String text) {
    return switch (this) {
      case E164 -> new PhoneNumber(text);
      case FREE_TEXT ->
          PhoneNumber.readable(text)
              .<Phone>map(PhoneNumber::new)
              .orElseGet(() -> new FreeTextPhone(text));
    };
  }
}
