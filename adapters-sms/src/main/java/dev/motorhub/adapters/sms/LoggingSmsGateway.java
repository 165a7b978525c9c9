package dev.motorhub.adapters.sms;

import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.application.notifications.SmsSendResult;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsReceipt;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway of a server with no SMS provider configured: it sends nothing, logs that a message
 * would have been sent (the recipient masked, the text left out) and answers that it was taken,
 * under the receipt id {@code logged-<outbox id>}, so the outbox works end to end in development.
 */
public final class LoggingSmsGateway implements SmsGateway {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);

  @Override
  public SmsSendResult send(SmsId id, PhoneNumber to, String text) {
    LOG.info(
        "No SMS gateway is configured: text message {} to {} ({} characters) would be sent",
        id,
        PhoneMask.mask(to),
        text.length());
    return new SmsSendResult.Accepted(
        new SmsReceipt(Optional.of("logged-" + id), 100, "Logged", Optional.empty()));
  }
}
