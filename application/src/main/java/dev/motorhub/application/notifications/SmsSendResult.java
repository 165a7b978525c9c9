package dev.motorhub.application.notifications;

import dev.motorhub.domain.notifications.SmsReceipt;
import java.util.Objects;
import java.util.Optional;

/** What one send through the {@link SmsGateway} came to. */
public sealed interface SmsSendResult {

  /** The provider took the message for its recipient. */
  record Accepted(SmsReceipt receipt) implements SmsSendResult {
    public Accepted {
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /**
   * The send failed: {@code retryable} when another attempt may succeed (a 5xx, a timeout, an
   * answer that could not be read, the network), not when the provider refused the message itself
   * (an invalid number); with the provider's answer for the recipient where it gave one.
   */
  record Failed(String error, boolean retryable, Optional<SmsReceipt> receipt)
      implements SmsSendResult {
    public Failed {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  static SmsSendResult retryable(String error) {
    return new Failed(error, true, Optional.empty());
  }

  static SmsSendResult permanent(String error, Optional<SmsReceipt> receipt) {
    return new Failed(error, false, receipt);
  }
}
