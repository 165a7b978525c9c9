package dev.motorhub.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {
  private static final NotificationId ID =
      new NotificationId(UUID.fromString("01900000-0000-7000-8000-000000000051"));
  private static final UserId RECIPIENT =
      new UserId(UUID.fromString("01900000-0000-7000-8000-000000000001"));
  private static final UUID PROPOSAL = UUID.fromString("01900000-0000-7000-8000-000000000101");
  private static final Instant CREATED = Instant.parse("2025-03-10T10:00:00Z");
  private static final Instant READ = CREATED.plusSeconds(300);

  private static Notification notification(String message, String subjectType) {
    return new Notification(
        ID,
        RECIPIENT,
        NotificationKind.PROPOSAL_RECEIVED,
        message,
        subjectType,
        PROPOSAL,
        CREATED,
        Optional.empty());
  }

  private static Notification unread() {
    return notification("  You received a proposal on your Toyota. ", "proposal");
  }

  @Test
  void aNewNotification_isUnreadWithItsMessageTrimmed() {
    Notification notification = unread();
    assertThat(notification.isRead()).isFalse();
    assertThat(notification.readAt()).isEmpty();
    assertThat(notification.message()).isEqualTo("You received a proposal on your Toyota.");
    assertThat(notification.subjectType()).isEqualTo("proposal");
    assertThat(notification.subjectId()).isEqualTo(PROPOSAL);
  }

  @Test
  void reading_marksItReadAtThatTimeAndKeepsTheRest() {
    Notification unread = unread();
    Notification read = unread.read(READ);
    assertThat(read.isRead()).isTrue();
    assertThat(read.readAt()).contains(READ);
    assertThat(read.id()).isEqualTo(ID);
    assertThat(read.recipient()).isEqualTo(RECIPIENT);
    assertThat(read.kind()).isEqualTo(NotificationKind.PROPOSAL_RECEIVED);
    assertThat(read.message()).isEqualTo(unread.message());
    assertThat(read.createdAt()).isEqualTo(CREATED);
    assertThat(unread.isRead()).as("the original is unchanged").isFalse();
  }

  @Test
  void readingAgain_changesNothingAndKeepsTheFirstReading() {
    Notification read = unread().read(READ);
    Notification again = read.read(READ.plusSeconds(3600));
    assertThat(again).isEqualTo(read);
    assertThat(again.readAt()).contains(READ);
  }

  @Test
  void aMessage_isRequiredAndBounded() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> notification(" ", "proposal"))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("message"));
    assertThat(notification("m".repeat(500), "proposal").message()).hasSize(500);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> notification("m".repeat(501), "proposal"))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("message"));
  }

  @Test
  void aSubjectType_isRequiredAndShort() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> notification("Hello", null))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("subject_type"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> notification("Hello", "s".repeat(31)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("subject_type"));
  }

  @Test
  void theIdRecipientKindSubjectAndTimes_areRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Notification(
                    ID,
                    null,
                    NotificationKind.INVOICE_ISSUED,
                    "m",
                    "invoice",
                    PROPOSAL,
                    CREATED,
                    Optional.empty()));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Notification(
                    ID, RECIPIENT, null, "m", "invoice", PROPOSAL, CREATED, Optional.empty()));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new Notification(
                    ID,
                    RECIPIENT,
                    NotificationKind.INVOICE_ISSUED,
                    "m",
                    "invoice",
                    PROPOSAL,
                    CREATED,
                    null));
  }

  @Test
  void kinds_areSnakeCaseOnTheWire() {
    assertThat(NotificationKind.PROPOSAL_RECEIVED.wire()).isEqualTo("proposal_received");
    assertThat(NotificationKind.INVOICE_ISSUED.wire()).isEqualTo("invoice_issued");
  }
}
