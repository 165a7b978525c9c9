package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Notifications;
import dev.motorhub.application.accounts.SendPhoneCode;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.RecordSmsDeliveryReport;
import dev.motorhub.application.notifications.RetrySms;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsReceipt;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Unauthenticated;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /v1/sms}: staff read the SMS outbox and send a failed message again; the SMS provider
 * posts its delivery reports to {@code /v1/sms/delivery-reports?secret=…}, which cannot carry our
 * tokens and is guarded by the configured secret instead (compared in constant time; without one
 * configured, every report is refused).
 */
public final class SmsRoutes implements Routes {
  private final Notifications notifications;
  private final Authenticator auth;
  private final Optional<byte[]> callbackSecret;

  public SmsRoutes(Notifications notifications, Authenticator auth, Optional<String> secret) {
    this.notifications = notifications;
    this.auth = auth;
    this.callbackSecret = secret.map(SmsRoutes::digest);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/sms", this::list);
    routes.post("/v1/sms/delivery-reports", this::deliveryReport);
    routes.get("/v1/sms/{id}", this::get);
    routes.post("/v1/sms/{id}/retry", this::retry);
  }

  record ReceiptView(String messageId, int statusCode, String status, String cost) {}

  record SmsView(
      String id,
      String to,
      String text,
      String subjectType,
      String subjectId,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      ReceiptView receipt,
      Instant createdAt,
      Instant updatedAt) {}

  record ReportView(boolean recorded, String messageStatus) {}

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    Optional<SmsStatus> status =
        Queries.optional(ctx, "status")
            .map(
                s ->
                    SmsStatus.ofWire(s.strip())
                        .orElseThrow(
                            () ->
                                InvalidInput.of(
                                    "status",
                                    "Select a valid choice: pending, sent, delivered, failed.")));
    ctx.json(
        Views.page(
            notifications.viewSms().list(principal, status, Queries.page(ctx)), SmsRoutes::view));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(view(notifications.viewSms().get(principal, id(ctx))));
  }

  private void retry(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(view(notifications.retrySms().retry(new RetrySms.Command(principal, id(ctx)))));
  }

  private void deliveryReport(Context ctx) {
    Body body = Body.of(ctx);
    if (!secretMatches(ctx.queryParam("secret"))) {
      throw new Unauthenticated("This delivery report does not carry the configured secret.");
    }
    var report =
        RecordSmsDeliveryReport.Command.of(
            body.text("id"), body.text("status"), body.text("failureReason"));
    Optional<SmsMessage> message = notifications.recordSmsDeliveryReport().record(report);
    ctx.json(new ReportView(message.isPresent(), message.map(m -> m.status().wire()).orElse(null)));
  }

  private boolean secretMatches(String given) {
    return callbackSecret.isPresent()
        && given != null
        && MessageDigest.isEqual(callbackSecret.get(), digest(given));
  }

  /** Equal-length digests, so comparing them takes as long whatever the secret given. */
  private static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static SmsId id(Context ctx) {
    return new SmsId(PathIds.uuid(ctx.pathParam("id"), "Text message"));
  }

  /** The text as staff may read it: a phone verification code is never shown, only its place. */
  private static String shown(SmsMessage m) {
    return m.subjectType().equals(SendPhoneCode.SUBJECT)
        ? m.text().replaceAll("[0-9]{6}", "******")
        : m.text();
  }

  static SmsView view(SmsMessage m) {
    return new SmsView(
        m.id().toString(),
        m.to().value(),
        shown(m),
        m.subjectType(),
        m.subjectId().toString(),
        m.status().wire(),
        m.attempts(),
        m.nextAttemptAt(),
        m.lastError().orElse(null),
        m.receipt().map(SmsRoutes::receipt).orElse(null),
        m.createdAt(),
        m.updatedAt());
  }

  private static ReceiptView receipt(SmsReceipt r) {
    return new ReceiptView(
        r.messageId().orElse(null), r.statusCode(), r.status(), r.cost().orElse(null));
  }
}
