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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

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
            bindAll(
                    h.createUpdate(
                        """
                        insert into sms_messages (id, recipient, text, subject_type, subject_id,
                          status, attempts, next_attempt_at, last_error, provider_message_id,
                          provider_status_code, provider_status, provider_cost, created_at,
                          updated_at)
                        values (:id, :recipient, :text, :subjectType, :subjectId, :status,
                          :attempts, :nextAttemptAt, :lastError, :messageId, :statusCode,
                          :providerStatus, :cost, :createdAt, :updatedAt)"""),
                    m)
                .execute());
  }

  @Override
  public void update(SmsMessage m) {
    tx.withHandle(
        h ->
            bindAll(
                    h.createUpdate(
                        """
                        update sms_messages set status = :status, attempts = :attempts,
                          next_attempt_at = :nextAttemptAt, last_error = :lastError,
                          provider_message_id = :messageId, provider_status_code = :statusCode,
                          provider_status = :providerStatus, provider_cost = :cost,
                          updated_at = :updatedAt
                        where id = :id"""),
                    m)
                .execute());
  }

  private static Update bindAll(Update update, SmsMessage m) {
    return update
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
            "messageId", m.receipt().flatMap(SmsReceipt::messageId).orElse(null), String.class)
        .bindByType(
            "statusCode", m.receipt().map(SmsReceipt::statusCode).orElse(null), Integer.class)
        .bindByType(
            "providerStatus", m.receipt().map(SmsReceipt::status).orElse(null), String.class)
        .bindByType("cost", m.receipt().flatMap(SmsReceipt::cost).orElse(null), String.class)
        .bind("createdAt", m.createdAt())
        .bind("updatedAt", m.updatedAt());
  }

  @Override
  public Optional<SmsMessage> findById(SmsId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), MESSAGES);
  }

  @Override
  public Optional<SmsMessage> lock(SmsId id) {
    return Rows.one(tx, SELECT + " where id = :value for update", id.value(), MESSAGES);
  }

  @Override
  public Optional<SmsMessage> lockByReceipt(String messageId) {
    return Rows.one(
        tx, SELECT + " where provider_message_id = :value for update", messageId, MESSAGES);
  }

  @Override
  public List<SmsMessage> lockDue(Instant now, int limit) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    SELECT
                        + " where status = 'pending' and next_attempt_at <= :now"
                        + " order by next_attempt_at, id limit :limit for update skip locked")
                .bind("now", now)
                .bind("limit", limit)
                .map(MESSAGES)
                .list());
  }

  @Override
  public Page<SmsMessage> list(Optional<SmsStatus> status, PageRequest page) {
    return PAGES.page(
        tx, new Conditions().add("status = :status", "status", status.map(SmsStatus::wire)), page);
  }
}
