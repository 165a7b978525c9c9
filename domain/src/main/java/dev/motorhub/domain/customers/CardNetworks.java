package dev.motorhub.domain.customers;

/**
 * Tells a card's network from the leading digits of its number (the issuer identification ranges
 * the networks publish) and knows how long each network's numbers are. A number of no known network
 * is {@link CardBrand#OTHER}: it is accepted, as a real payment provider may still take it.
 */
final class CardNetworks {
  private CardNetworks() {}

  static CardBrand brandOf(String digits) {
    int two = prefix(digits, 2);
    int three = prefix(digits, 3);
    int four = prefix(digits, 4);
    int six = prefix(digits, 6);
    if (two == 34 || two == 37) {
      return CardBrand.AMEX;
    }
    if (digits.startsWith("4")) {
      return CardBrand.VISA;
    }
    if (between(two, 51, 55) || between(four, 2221, 2720)) {
      return CardBrand.MASTERCARD;
    }
    if (four == 6011 || between(three, 644, 649) || two == 65 || between(six, 622126, 622925)) {
      return CardBrand.DISCOVER;
    }
    if (between(four, 3528, 3589)) {
      return CardBrand.JCB;
    }
    if (between(three, 300, 305) || two == 36 || two == 38 || two == 39) {
      return CardBrand.DINERS;
    }
    if (two == 62) {
      return CardBrand.UNIONPAY;
    }
    if (two == 50 || between(two, 56, 58) || two == 67 || four == 6304 || three == 639) {
      return CardBrand.MAESTRO;
    }
    return CardBrand.OTHER;
  }

  /** Whether a number of {@code length} digits can be one of {@code brand}'s. */
  static boolean fitsLength(CardBrand brand, int length) {
    return switch (brand) {
      case AMEX -> length == 15;
      case VISA -> length == 13 || length == 16 || length == 19;
      case MASTERCARD -> length == 16;
      case DISCOVER, JCB, UNIONPAY -> between(length, 16, 19);
      case DINERS -> between(length, 14, 19);
      case MAESTRO, OTHER -> between(length, 12, 19);
    };
  }

  private static int prefix(String digits, int length) {
    return Integer.parseInt(digits.substring(0, length));
  }

  private static boolean between(int value, int low, int high) {
    return value >= low && value <= high;
  }
}
