package dev.motorhub.domain.identity;

import java.util.Optional;

/**
 * A user's phone: an E.164 {@link PhoneNumber}, or {@link FreeTextPhone free text} kept as its
 * holder gave it where a seed keeps phones so. Only an E.164 number is ever used to send messages.
 */
public sealed interface Phone permits PhoneNumber, FreeTextPhone {
  /** The phone as stored: the E.164 number, or the text as given. */
  String value();

  /** The number to send messages to, when the phone reads as E.164. */
  Optional<PhoneNumber> e164();

  /** A phone as a store kept it: E.164 when it reads as such, the text as given otherwise. */
  static Phone stored(String text) {
    return PhoneRule.FREE_TEXT.read(text);
  }
}
