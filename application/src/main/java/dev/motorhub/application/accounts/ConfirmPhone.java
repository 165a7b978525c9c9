package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.PhoneVerificationRepository;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.PhoneVerificationPolicy;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The holder of an account sends back the code texted to its phone: the right one, in time and
 * within the attempts, verifies the phone; a wrong one is counted (and kept counted, though the
 * answer is a refusal), and an expired or spent code needs a new one.
 */
public final class ConfirmPhone {
  /** Who confirms, and the code they were sent: six digits. */
  public record Command(Principal principal, String code) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      if (code == null || code.isBlank()) {
        throw InvalidInput.of("code", "This field is required.");
      }
      code = code.strip();
      if (!code.matches("[0-9]{6}")) {
        throw InvalidInput.of("code", "Enter the six digits of the code we sent you.");
      }
    }
  }

  private final Transactions tx;
  private final UserRepository users;
  private final PhoneVerificationRepository verifications;
  private final PhoneVerificationPolicy policy;
  private final Clock clock;

  public ConfirmPhone(
      Transactions tx,
      UserRepository users,
      PhoneVerificationRepository verifications,
      PhoneVerificationPolicy policy,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.verifications = verifications;
    this.policy = policy;
    this.clock = clock;
  }

  /** Verifies the phone, or refuses on {@code code} saying why. */
  public void confirm(Command command) {
    UserId id = command.principal().actor().id();
    PhoneVerification.Confirmation outcome =
        tx.inTransaction(
            () -> {
              User user = users.findById(id).orElseThrow(() -> new NotFound("User"));
              Instant now = clock.instant();
              PhoneVerification.Confirmation confirmation =
                  verifications
                      .lock(id)
                      .map(
                          v ->
                              v.confirm(
                                  PhoneVerification.digest(id, command.code()),
                                  user.phone(),
                                  now,
                                  policy))
                      .orElseGet(PhoneVerification.Confirmation.NoCode::new);
              switch (confirmation) {
                case PhoneVerification.Confirmation.Verified v -> verifications.put(v.state());
                case PhoneVerification.Confirmation.Wrong w -> verifications.put(w.state());
                default -> {}
              }
              return confirmation;
            });
    switch (outcome) {
      case PhoneVerification.Confirmation.Verified v -> {}
      case PhoneVerification.Confirmation.Wrong w ->
          throw InvalidInput.of(
              "code",
              w.attemptsLeft() > 0
                  ? "This code is not the one we sent; " + w.attemptsLeft() + " attempts left."
                  : "This code is not the one we sent, and that was the last attempt: ask for a"
                      + " new code.");
      case PhoneVerification.Confirmation.Expired e ->
          throw InvalidInput.of("code", "This code has expired: ask for a new one.");
      case PhoneVerification.Confirmation.Exhausted e ->
          throw InvalidInput.of("code", "Too many wrong codes were tried: ask for a new code.");
      case PhoneVerification.Confirmation.NoCode n ->
          throw InvalidInput.of(
              "code", "No code was sent to your phone as it is now: ask for one first.");
    }
  }
}
