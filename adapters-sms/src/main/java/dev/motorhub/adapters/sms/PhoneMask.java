package dev.motorhub.adapters.sms;

import dev.motorhub.domain.identity.PhoneNumber;

/** A phone number as logs may show it: its country and last three digits, the rest hidden. */
final class PhoneMask {
  private PhoneMask() {}

  static String mask(PhoneNumber phone) {
    String number = phone.value();
    int shown = Math.min(4, number.length());
    int tail = Math.max(shown, number.length() - 3);
    return number.substring(0, shown) + "*".repeat(tail - shown) + number.substring(tail);
  }
}
