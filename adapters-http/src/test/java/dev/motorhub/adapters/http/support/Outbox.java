package dev.motorhub.adapters.http.support;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Text messages in a test server's SMS outbox, queued and sent as the platform does it. */
public final class Outbox {
  private Outbox() {}

  /** Queues a message, as a change does in its unit of work; its id. */
  public static String queued(TestServer server) {
    var core = server.core();
    SmsId id =
        core.store()
            .transactions()
            .inTransaction(
                () ->
                    core.notifications()
                        .texter()
                        .text(
                            new PhoneNumber("+254701036054"),
                            "Your order for tyres at USD 100.00 was created.",
                            "order",
                            UUID.randomUUID()));
    return id.toString();
  }

  /** Queues a message and runs the dispatcher until it has been through the gateway; its id. */
  public static String dispatched(TestServer server) {
    String id = queued(server);
    while (!server.core().notifications().dispatchSms().dispatch().idle()) {
      // Another test's messages may be due too; each call sends one batch.
    }
    return id;
  }

  /** A message whose sending failed for good: the provider refused the number; its id. */
  public static String failed(TestServer server) {
    var core = server.core();
    Instant now = Instant.now();
    SmsMessage failed =
        SmsMessage.queue(
                new SmsId(UUID.randomUUID()),
                new PhoneNumber("+254700000001"),
                "Your invoice is due.",
                "invoice",
                UUID.randomUUID(),
                now)
            .claim(now, now)
            .fail("Africa's Talking: InvalidPhoneNumber (403)", Optional.empty(), now);
    core.store().transactions().run(() -> core.store().smsOutbox().add(failed));
    return failed.id().toString();
  }

  /** The form Africa's Talking posts as a delivery report. */
  public static String report(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            f ->
                URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
