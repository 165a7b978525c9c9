package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalString;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.notifications.SmsOutbox;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsReceipt;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SMS outbox in {@code sms_messages}. */
final class JdbiSmsOutbox implements SmsOutbox {
  private static final String SELECT =
      "select id, recipient, text, subject_type, subject_id, status, attempts, next_attempt_at,"
          + " last_error, provider_message_id, provider_status_code, provider_status,"
          + " provider_cost, created_at, updated_at from sms_messages";

  private static final RowMapper<SmsMessage> MESSAGES =
      (rs, ctx) -> {
        int statusCode = rs.getInt("provider_status_code");
        Optional<SmsReceipt> receipt =
            rs.wasNull()
                ? Optional.empty()
                : Optional.of(
                    new SmsReceipt(
                        optionalString(rs, "provider_message_id"),
                        statusCode,
                        rs.getString("provider_status"),
                        optionalString(rs, "provider_cost")));
        return new SmsMessage(
            new SmsId(uuid(rs, "id")),
            new PhoneNumber(rs.getString("recipient")),
            rs.getString("text"),
            rs.getString("subject_type"),
            uuid(rs, "subject_id"),
            SmsStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
            rs.getInt("attempts"),
            instant(rs, "next_attempt_at"),
            optionalString(rs, "last_error"),
            receipt,
            instant(rs, "created_at"),
            instant(rs, "updated_at"));
      };

  private static final KeysetPages<SmsMessage> PAGES =
      new KeysetPages<>(SELECT, "id", MESSAGES, m -> m.id().value());

  private final JdbiTransactions tx;

  JdbiSmsOutbox(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(SmsMessage m) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into sms_messages (id, recipient, text, subject_type, subject_id, status,
                      attempts, next_attempt_at, last_error, provider_message_id,
                      provider_status_code, provider_status, provider_cost, created_at, updated_at)
                    values (:id, :recipient, :text, :subjectType, :subjectId, :status, :attempts,
                      :nextAttemptAt, :lastError, :messageId, :statusCode, :providerStatus, :cost,
                      :createdAt, :updatedAt)""")
                .bind("id", m.id().value())
                .bind("recipient", m.to().value())
                .bind("text", m.text())
                .bind("subjectType", m.subjectType())
                .bind("subjectId", m.subjectId())
                .bind("status", m.status().wire())
                .bind("attempts", m.attempts())
                .bind("nextAttemptAt", m.nextAttemptAt())
                .bindByType("lastError", m.lastError().orElse(null), String.class)
                .bindByType(
                    "messageId",
                    m.receipt().flatMap(SmsReceipt::messageId).orElse(null),
                    String.class)
                .bindByType(
                    "statusCode",
                    m.receipt().map(SmsReceipt::statusCode).orElse(null),
                    Integer.class)
                .bindByType(
                    "providerStatus",
                    m.receipt().map(SmsReceipt::status).orElse(null),
                    String.class)
                .bindByType(
                    "cost", m.receipt().flatMap(SmsReceipt::cost).orElse(null), String.class)
                .bind("createdAt", m.createdAt())
                .bind("updatedAt", m.updatedAt())
                .execute());
  }

  @Override
  public Optional<SmsMessage> findById(SmsId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), MESSAGES);
  }

  @Override
  public Page<SmsMessage> list(PageRequest page) {
    return PAGES.page(tx, new Conditions(), page);
  }
}
