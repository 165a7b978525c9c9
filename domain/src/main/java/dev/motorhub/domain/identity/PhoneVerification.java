package dev.motorhub.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an account's phone is proven to be its holder's, by a code sent to it by text message.
 *
 * <p>A verification is of one number: the code sent to it (kept only as a digest, with when it was
 * sent, when it expires and how many wrong guesses it took) and, once the right code came back in
 * time, when it was verified. It verifies the account's phone only while that is still the same
 * number: a changed phone reads unverified, and a code sent to the old number confirms nothing. A
 * right code ends the code; a new code replaces the old one and its count of guesses.
 */
public record PhoneVerification(
    UserId user, Phone phone, Optional<Code> code, Optional<Instant> verifiedAt) {

  public PhoneVerification {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
  }

  /** A code sent: its digest, when it was sent, until when it holds, and the wrong guesses. */
  public record Code(String digest, Instant sentAt, Instant expiresAt, int attempts) {
    public Code {
      Objects.requireNonNull(digest, "digest");
      Objects.requireNonNull(sentAt, "sentAt");
      Objects.requireNonNull(expiresAt, "expiresAt");
      if (attempts < 0) {
        throw new IllegalArgumentException("attempts must not be negative");
      }
    }
  }

  /** A new code for {@code phone}, sent at {@code now}: unverified until it comes back. */
  public static PhoneVerification codeSent(
      UserId user, Phone phone, String digest, Instant now, PhoneVerificationPolicy policy) {
    return new PhoneVerification(
        user,
        phone,
        Optional.of(new Code(digest, now, now.plus(policy.codeLife()), 0)),
        Optional.empty());
  }

  /** The digest a code is kept under: the account's id salts it. */
  public static String digest(UserId user, String code) {
    return TokenDigest.of("phone-code:" + user.value() + ":" + code);
  }

  /** Whether this verifies {@code current}, the account's phone now. */
  public boolean verifies(Optional<Phone> current) {
    return verifiedAt.isPresent() && isOf(current);
  }

  /** Whether this is about {@code current}, the account's phone now. */
  public boolean isOf(Optional<Phone> current) {
    return current.map(p -> p.value().equals(phone.value())).orElse(false);
  }

  /** What a code sent back does, for the account's phone {@code current}, at {@code now}. */
  public Confirmation confirm(
      String digest, Optional<Phone> current, Instant now, PhoneVerificationPolicy policy) {
    if (code.isEmpty() || !isOf(current)) {
      return new Confirmation.NoCode();
    }
    Code sent = code.get();
    if (!now.isBefore(sent.expiresAt())) {
      return new Confirmation.Expired();
    }
    if (sent.attempts() >= policy.maxAttempts()) {
      return new Confirmation.Exhausted();
    }
    if (sent.digest().equals(digest)) {
      return new Confirmation.Verified(
          new PhoneVerification(user, phone, Optional.empty(), Optional.of(now)));
    }
    Code guessed = new Code(sent.digest(), sent.sentAt(), sent.expiresAt(), sent.attempts() + 1);
    return new Confirmation.Wrong(
        new PhoneVerification(user, phone, Optional.of(guessed), verifiedAt),
        policy.maxAttempts() - guessed.attempts());
  }

  /** What a code sent back did: only a right one, in time and within the attempts, verifies. */
  public sealed interface Confirmation {
    /** The phone is verified: {@code state} is to be kept. */
    record Verified(PhoneVerification state) implements Confirmation {}

    /** A wrong code, counted in {@code state}; {@code attemptsLeft} more may be tried. */
    record Wrong(PhoneVerification state, int attemptsLeft) implements Confirmation {}

    /** The code's time is up: a new one is needed. */
    record Expired() implements Confirmation {}

    /** Every attempt was spent on wrong codes: a new one is needed. */
    record Exhausted() implements Confirmation {}

    /** No code was sent to the account's phone as it is now. */
    record NoCode() implements Confirmation {}
  }
}
