package dev.motorhub.domain.customers;

/** Makes card numbers for tests: any prefix, padded to a length, with a correct Luhn digit. */
final class TestCardNumbers {
  private TestCardNumbers() {}

  /** {@code prefix}, then zeros, then the check digit: {@code length} digits in all. */
  static String withCheckDigit(String prefix, int length) {
    String body = prefix + "0".repeat(length - 1 - prefix.length());
    for (int check = 0; check <= 9; check++) {
      if (CardNumber.passesLuhn(body + check)) {
        return body + check;
      }
    }
    throw new IllegalStateException("There is always one check digit");
  }
}
