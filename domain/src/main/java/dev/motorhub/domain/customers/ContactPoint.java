package dev.motorhub.domain.customers;

import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.PhoneNumber;
import java.util.Objects;

/** One way to reach someone: an email address or a phone number (E.164), never both. */
public sealed interface ContactPoint permits ContactPoint.ByEmail, ContactPoint.ByPhone {

  /** The kind on the wire: {@code email} or {@code phone}. */
  String kind();

  /** An email address. */
  record ByEmail(Email email) implements ContactPoint {
    public ByEmail {
      Objects.requireNonNull(email, "email");
    }

    @Override
    public String kind() {
      return "email";
    }
  }

  /** A phone number in E.164. */
  record ByPhone(PhoneNumber phone) implements ContactPoint {
    public ByPhone {
      Objects.requireNonNull(phone, "phone");
    }

    @Override
    public String kind() {
      return "phone";
    }
  }
}
