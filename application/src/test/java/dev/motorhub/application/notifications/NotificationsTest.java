package dev.motorhub.application.notifications;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user's inbox: unread first and newest first, in pages; read one or all; the unread count. */
class NotificationsTest {
  private final TestTrading market = TestTrading.start();
  private final List<Proposal.Pending> counters = new ArrayList<>();

  @BeforeEach
  void oliveReceivesFiveCounters_aMinuteApart() {
    Proposal.Pending offer =
        market.offer(market.olive, market.trade(market.olive, market.sale), "12000.00");
    for (Principal buyer : List.of(market.bruno, market.carla)) {
      for (String amount : List.of("11000.00", "11100.00")) {
        market.clock.advance(Duration.ofMinutes(1));
        counters.add(market.counter(buyer, offer, amount));
      }
    }
    market.clock.advance(Duration.ofMinutes(1));
    counters.add(market.counter(market.customer("dan"), offer, "11200.00"));
  }

  private ViewNotifications.Inbox inbox(Principal user, PageRequest page) {
    return market.motorhub.notifications().viewNotifications().inbox(user, page);
  }

  private List<Notification> all(Principal user) {
    return inbox(user, PageRequest.first(100)).page().items();
  }

  private Notification read(Principal user, Notification notification) {
    return market
        .motorhub
        .notifications()
        .readNotification()
        .read(new ReadNotification.Command(user, notification.id()));
  }

  private List<UUID> subjects(List<Notification> notifications) {
    return notifications.stream().map(Notification::subjectId).toList();
  }

  private UUID counter(int index) {
    return counters.get(index).id().value();
  }

  @Test
  void theInboxShowsTheNewestFirst_andCountsTheUnread() {
    ViewNotifications.Inbox inbox = inbox(market.olive, PageRequest.first(100));

    assertThat(subjects(inbox.page().items()))
        .containsExactly(counter(4), counter(3), counter(2), counter(1), counter(0));
    assertThat(inbox.unread()).isEqualTo(5);
    assertThat(inbox.page().items()).noneMatch(Notification::isRead);
    assertThat(inbox(market.bruno, PageRequest.first(100)).unread()).isZero();
  }

  @Test
  void readingOne_marksItRead_andPutsItAfterTheUnread() {
    Notification newest = all(market.olive).getFirst();
    market.clock.advance(Duration.ofMinutes(5));

    Notification read = read(market.olive, newest);

    assertThat(read.readAt()).contains(market.clock.instant());
    ViewNotifications.Inbox inbox = inbox(market.olive, PageRequest.first(100));
    assertThat(inbox.unread()).isEqualTo(4);
    assertThat(subjects(inbox.page().items()))
        .containsExactly(counter(3), counter(2), counter(1), counter(0), counter(4));
  }

  @Test
  void readingOneAgain_keepsWhenItWasFirstRead() {
    Notification first = read(market.olive, all(market.olive).getFirst());
    market.clock.advance(Duration.ofHours(1));

    Notification again = read(market.olive, first);

    assertThat(again.readAt()).isEqualTo(first.readAt());
  }

  @Test
  void someoneElsesNotification_orAnUnknownOne_isNotFound() {
    Notification olives = all(market.olive).getFirst();

    assertThat(refused(NotFound.class, () -> read(market.bruno, olives)))
        .hasMessage("Notification not found.");
    refused(NotFound.class, () -> read(market.staff, olives));
    refused(
        NotFound.class,
        () ->
            market
                .motorhub
                .notifications()
                .readNotification()
                .read(
                    new ReadNotification.Command(
                        market.olive, new NotificationId(UUID.randomUUID()))));
    assertThat(all(market.olive).getFirst().isRead()).isFalse();
  }

  @Test
  void readingAll_marksEveryOneOfTheirsRead_andNobodyElses() {
    market.counter(market.olive, counters.get(0), "11500.00");
    market.counter(market.olive, counters.get(1), "11600.00");
    market.clock.advance(Duration.ofMinutes(1));

    market
        .motorhub
        .notifications()
        .readAllNotifications()
        .readAll(new ReadAllNotifications.Command(market.olive));

    assertThat(inbox(market.olive, PageRequest.first(100)).unread()).isZero();
    assertThat(all(market.olive))
        .allSatisfy(n -> assertThat(n.readAt()).contains(market.clock.instant()));
    assertThat(inbox(market.bruno, PageRequest.first(100)).unread()).isEqualTo(2);
  }

  @Test
  void theInboxComesInPages_unreadFirst() {
    read(market.olive, all(market.olive).get(1)); // counter 3

    ViewNotifications.Inbox first = inbox(market.olive, PageRequest.first(2));
    ViewNotifications.Inbox second =
        inbox(market.olive, PageRequest.parse("2", first.page().nextCursor().orElseThrow()));
    ViewNotifications.Inbox third =
        inbox(market.olive, PageRequest.parse("2", second.page().nextCursor().orElseThrow()));

    assertThat(subjects(first.page().items())).containsExactly(counter(4), counter(2));
    assertThat(subjects(second.page().items())).containsExactly(counter(1), counter(0));
    assertThat(subjects(third.page().items())).containsExactly(counter(3));
    assertThat(third.page().nextCursor()).isEqualTo(Optional.empty());
    assertThat(first.unread()).isEqualTo(4);
  }
}
