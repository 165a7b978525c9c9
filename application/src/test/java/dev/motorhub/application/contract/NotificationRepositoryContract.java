package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static dev.motorhub.application.contract.NotificationFixtures.read;
import static dev.motorhub.application.contract.NotificationFixtures.unread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code NotificationRepository} keeps: each user's inbox, unread first and newest first
 * within each, paged by the last notification a page holds.
 */
public abstract class NotificationRepositoryContract extends StoreContract {
  private User alice;
  private User bob;

  @BeforeEach
  void twoRecipients() {
    alice = Fixtures.user("alice");
    bob = Fixtures.user("bob");
    runTx(() -> List.of(alice, bob).forEach(store.users()::add));
  }

  @Test
  void aNotification_isFoundWithEveryField_readOrNot() {
    Notification invoiced =
        new Notification(
            new NotificationId(Fixtures.nextId()),
            alice.id(),
            NotificationKind.INVOICE_ISSUED,
            "Invoice INV-2025-000001 of 25.00 USD is due on 2025-04-09.",
            "invoice",
            Fixtures.nextId(),
            at(1),
            Optional.empty());
    Notification seen = read(alice.id(), "Bob made a proposal.", at(2));
    runTx(() -> List.of(invoiced, seen).forEach(store.notifications()::add));

    assertThat(find(invoiced)).contains(invoiced);
    assertThat(find(seen)).contains(seen);
  }

  @Test
  void everyKind_isListedAsStored() {
    List<Notification> notices =
        List.of(NotificationKind.values()).stream()
            .map(
                kind -> {
                  Notification n = unread(alice.id(), "About " + kind.wire(), at(1));
                  return new Notification(
                      n.id(),
                      n.recipient(),
                      kind,
                      n.message(),
                      n.subjectType(),
                      n.subjectId(),
                      n.createdAt(),
                      n.readAt());
                })
            .toList();
    runTx(() -> notices.forEach(store.notifications()::add));

    assertThat(inbox(alice, 100).items()).containsExactlyElementsOf(notices.reversed());
  }

  @Test
  void anUnknownNotification_isNotFound() {
    assertThat(inTx(() -> store.notifications().findById(new NotificationId(Fixtures.nextId()))))
        .isEmpty();
  }

  @Test
  void update_storesTheTimeItWasRead() {
    Notification notice = unread(alice.id(), "Bob made a proposal.", at(1));
    runTx(() -> store.notifications().add(notice));
    Notification seen = notice.read(at(5));

    runTx(() -> store.notifications().update(seen));

    assertThat(find(notice)).contains(seen);
  }

  @Test
  void list_isTheRecipientsOwn_unreadFirst_newestFirstWithinEach() {
    List<Notification> five = fiveForAliceAndOneForBob();

    assertThat(inbox(alice, 100).items())
        .containsExactly(five.get(4), five.get(2), five.get(0), five.get(3), five.get(1));
  }

  @Test
  void list_pagesAcrossTheUnreadAndReadOnesWithCursors() {
    List<Notification> five = fiveForAliceAndOneForBob();

    Page<Notification> first = inbox(alice, 2);
    Page<Notification> second = next(first, 2);
    Page<Notification> third = next(second, 2);

    assertThat(first.items()).containsExactly(five.get(4), five.get(2));
    assertThat(first.nextCursor()).contains(PageRequest.cursorAfter(five.get(2).id().value()));
    assertThat(second.items()).containsExactly(five.get(0), five.get(3));
    assertThat(third.items()).containsExactly(five.get(1));
    assertThat(third.nextCursor()).isEmpty();
  }

  @Test
  void list_pagesWithTheCursorOnTheLastUnreadOne() {
    List<Notification> five = fiveForAliceAndOneForBob();

    Page<Notification> first = inbox(alice, 3);
    Page<Notification> second = next(first, 3);

    assertThat(first.items()).containsExactly(five.get(4), five.get(2), five.get(0));
    assertThat(second.items()).containsExactly(five.get(3), five.get(1));
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void countUnread_isTheRecipientsUnreadOnes() {
    fiveForAliceAndOneForBob();

    assertThat(inTx(() -> store.notifications().countUnread(alice.id()))).isEqualTo(3);
    assertThat(inTx(() -> store.notifications().countUnread(bob.id()))).isEqualTo(1);
  }

  @Test
  void markAllRead_readsTheRecipientsUnreadOnesAtThatTime_andLeavesTheRest() {
    List<Notification> five = fiveForAliceAndOneForBob();

    runTx(() -> store.notifications().markAllRead(alice.id(), at(30)));

    assertThat(inbox(alice, 100).items())
        .containsExactly(
            five.get(4).read(at(30)),
            five.get(3),
            five.get(2).read(at(30)),
            five.get(1),
            five.get(0).read(at(30)));
    assertThat(inTx(() -> store.notifications().countUnread(alice.id()))).isZero();
    assertThat(inTx(() -> store.notifications().countUnread(bob.id()))).isEqualTo(1);
  }

  @Test
  void deletingTheRecipient_removesTheirNotifications_only() {
    List<Notification> five = fiveForAliceAndOneForBob();

    runTx(() -> store.users().delete(alice.id()));

    assertThat(find(five.get(0))).isEmpty();
    assertThat(inbox(alice, 100).items()).isEmpty();
    assertThat(inbox(bob, 100).items()).hasSize(1);
  }

  /** Alice's, oldest first: unread, read, unread, read, unread; and one of bob's. */
  private List<Notification> fiveForAliceAndOneForBob() {
    List<Notification> five =
        List.of(
            unread(alice.id(), "First", at(1)),
            read(alice.id(), "Second", at(2)),
            unread(alice.id(), "Third", at(3)),
            read(alice.id(), "Fourth", at(4)),
            unread(alice.id(), "Fifth", at(6)));
    Notification bobs = unread(bob.id(), "Bob's", at(5));
    runTx(
        () -> {
          five.forEach(store.notifications()::add);
          store.notifications().add(bobs);
        });
    return five;
  }

  private Optional<Notification> find(Notification notification) {
    return inTx(() -> store.notifications().findById(notification.id()));
  }

  private Page<Notification> inbox(User recipient, int limit) {
    return inTx(() -> store.notifications().list(recipient.id(), PageRequest.first(limit)));
  }

  private Page<Notification> next(Page<Notification> page, int limit) {
    return inTx(() -> store.notifications().list(alice.id(), Fixtures.nextPage(page, limit)));
  }
}
