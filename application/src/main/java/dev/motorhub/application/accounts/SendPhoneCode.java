package dev.motorhub.application.accounts;

import dev.motorhub.application.identity.PhoneVerificationRepository;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.Phone;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.PhoneVerificationPolicy;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The holder of an account asks for a code to verify its phone: a new six-digit code is kept (as a
 * digest) and queued in the SMS outbox for the account's number, in one unit of work; never sooner
 * than the policy allows after the last code to that number. The code is answered to nobody and
 * logged nowhere: the text message is the only place it is written.
 */
public final class SendPhoneCode {
  /** The subject type of the text messages that carry codes. */
  public static final String SUBJECT = "phone_verification";

  private final Transactions tx;
  private final UserRepository users;
  private final PhoneVerificationRepository verifications;
  private final Texter texter;
  private final PhoneCodes codes;
  private final PhoneVerificationPolicy policy;
  private final Clock clock;

  public SendPhoneCode(
      Transactions tx,
      UserRepository users,
      PhoneVerificationRepository verifications,
      Texter texter,
      PhoneCodes codes,
      PhoneVerificationPolicy policy,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.verifications = verifications;
    this.texter = texter;
    this.codes = codes;
    this.policy = policy;
    this.clock = clock;
  }

  /** Sends a code to the phone of {@code principal}'s account; answers until when it holds. */
  public Instant send(Principal principal) {
    UserId id = principal.actor().id();
    return tx.inTransaction(
        () -> {
          User user = users.findById(id).orElseThrow(() -> new NotFound("User"));
          Phone phone =
              user.phone()
                  .orElseThrow(
                      () ->
                          new RuleViolated(
                              "Your account has no phone (phone_number): add one first."));
          PhoneNumber number =
              phone
                  .e164()
                  .orElseThrow(
                      () ->
                          new RuleViolated(
                              "Your phone (phone_number) is not a number we can text: give it"
                                  + " in international format, such as +254701036054."));
          Optional<PhoneVerification> last = verifications.lock(id);
          if (last.map(v -> v.verifies(user.phone())).orElse(false)) {
            throw new RuleViolated("Your phone (phone_number) is verified already.");
          }
          Instant now = clock.instant();
          policy.requireMaySend(last, phone, now);
          String code = codes.next();
          PhoneVerification sent =
              PhoneVerification.codeSent(
                  id, phone, PhoneVerification.digest(id, code), now, policy);
          verifications.put(sent);
          texter.text(
              number,
              "Your Motorhub code is "
                  + code
                  + ". It expires in "
                  + policy.codeLife().toMinutes()
                  + " minutes. Do not share it.",
              SUBJECT,
              id.value());
          return sent.code().orElseThrow().expiresAt();
        });
  }
}
