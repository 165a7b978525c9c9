package dev.motorhub.application.notifications;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Staff read the SMS outbox: every message with its status, or one of them. Listing is forbidden to
 * anyone else, and to them no message exists.
 */
public final class ViewSms {
  private final Transactions tx;
  private final SmsOutbox outbox;

  public ViewSms(Transactions tx, SmsOutbox outbox) {
    this.tx = tx;
    this.outbox = outbox;
  }

  /** The messages in {@code status} (all when empty), oldest first. */
  public Page<SmsMessage> list(Principal principal, Optional<SmsStatus> status, PageRequest page) {
    requireStaff(principal);
    return tx.read(() -> outbox.list(status, page));
  }

  public SmsMessage get(Principal principal, SmsId id) {
    return tx.read(() -> outbox.findById(id))
        .filter(m -> principal.actor().isAdministrative())
        .orElseThrow(ViewSms::notFound);
  }

  static void requireStaff(Principal principal) {
    AccessPolicy.require(principal.actor().isAdministrative(), "Only staff see text messages.");
  }

  static NotFound notFound() {
    return new NotFound("Text message");
  }
}
