package dev.motorhub.adapters.http.seed;

import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.ErrorRule;
import dev.motorhub.domain.identity.PhoneRule;

/**
 * The phone under the name the client sent it. My Cars (003) sends {@code phone}, free text as that
 * seed keeps it ({@code 555-1234}), and reads its errors under {@code phone}; the platform's {@code
 * phone_number}, which CarCarePro and Matchmaking send too, is E.164.
 */
public final class PhoneField {
  /** The dialect's rule: a phone sent as {@code phone} is refused under {@code phone}. */
  public static final ErrorRule AS_SENT = ErrorRule.renamingAsSent("phone_number", "phone");

  private PhoneField() {}

  /** Free text when the body sent My Cars' {@code phone} (and not {@code phone_number}). */
  public static PhoneRule rule(Body body) {
    return body.has("phone") && !body.has("phone_number") ? PhoneRule.FREE_TEXT : PhoneRule.E164;
  }
}
