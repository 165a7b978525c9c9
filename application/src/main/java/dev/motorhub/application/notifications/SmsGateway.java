package dev.motorhub.application.notifications;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;

/**
 * Sends one text message to one recipient through an SMS provider and says what came of it: the
 * recipient's receipt, or a failure that is worth another attempt (the provider down, a timeout, an
 * answer it could not read) or not (the number refused). {@link DispatchSms} calls it outside any
 * unit of work; an adapter answers rather than throws, and bounds how long a send may take.
 */
public interface SmsGateway {
  /** Sends {@code text} to {@code to}; {@code id} is the outbox's, for the adapter's records. */
  SmsSendResult send(SmsId id, PhoneNumber to, String text);
}
