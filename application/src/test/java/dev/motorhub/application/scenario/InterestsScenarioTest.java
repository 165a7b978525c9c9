package dev.motorhub.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.AnswerInterest;
import dev.motorhub.application.matching.BlockUser;
import dev.motorhub.application.matching.ConversationSummary;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMatching;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.matching.Message;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A buyer's interest to a blocked conversation, driven through the real use cases over the
 * in-memory store: Bruno, on a plan, is interested in Olive's car; she accepts, they write to each
 * other, and when she blocks him the conversation closes and no new interest passes.
 */
class InterestsScenarioTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  private Iterable<NotificationKind> told(Principal who) {
    return motorhub
        .notifications()
        .viewNotifications()
        .inbox(who, PageRequest.first(50))
        .page()
        .items()
        .stream()
        .map(Notification::kind)
        .toList();
  }

  @Test
  void anInterest_becomesAConversation_thatABlockCloses() {
    Principal staff = TestAccounts.staff(motorhub, "stella");
    Principal olive = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "olive"));
    Principal bruno = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bruno"));
    ServiceOffering lease = TestMarket.service(motorhub, staff, "lease", "Lease listing", "50.00");
    Trade.Open corolla = TestMarket.trade(motorhub, olive, "KDA 001A", lease);
    Trade.Open demio = TestMarket.trade(motorhub, olive, "KDA 002A", lease);
    SubscriptionPlan monthly = TestMatching.plan(motorhub, staff, "Monthly", Optional.of(5));
    TestMatching.subscribe(motorhub, bruno, monthly);

    // Bruno is interested in the Corolla; Olive is told.
    Interest interest = TestMatching.interest(motorhub, bruno, corolla.id());
    assertThat(interest.status()).isEqualTo(InterestStatus.PENDING);
    assertThat(told(olive)).contains(NotificationKind.INTEREST_RECEIVED);

    // Olive accepts: a mutual match, and a conversation between the two; Bruno is told.
    clock.advance(Duration.ofMinutes(5));
    AnswerInterest.Accepted match = TestMatching.accept(motorhub, olive, interest.id());
    assertThat(match.interest().status()).isEqualTo(InterestStatus.ACCEPTED);
    assertThat(told(bruno)).contains(NotificationKind.INTEREST_ACCEPTED);
    ConversationId conversation = match.conversation().id();

    // They write; Olive sees one unread message until she reads it.
    TestMatching.message(motorhub, bruno, conversation, "When can I see it?");
    clock.advance(Duration.ofMinutes(1));
    TestMatching.message(motorhub, olive, conversation, "Saturday at ten.");
    TestMatching.message(motorhub, bruno, conversation, "See you then.");
    assertThat(motorhub.interests().viewConversations().list(olive, PageRequest.first(10)).items())
        .extracting(ConversationSummary::unread)
        .containsExactly(2);
    assertThat(
            motorhub
                .interests()
                .readMessages()
                .read(olive, conversation, PageRequest.first(10))
                .items())
        .extracting(Message::text)
        .containsExactly("See you then.", "Saturday at ten.", "When can I see it?");
    assertThat(motorhub.interests().viewConversations().list(olive, PageRequest.first(10)).items())
        .extracting(ConversationSummary::unread)
        .containsExactly(0);
    assertThat(told(olive)).contains(NotificationKind.MESSAGE_RECEIVED);

    // Olive blocks Bruno: the conversation closes, its history stays, no new interest passes.
    Block block =
        motorhub
            .interests()
            .blockUser()
            .block(new BlockUser.Command(olive, bruno.actor().id().toString()));
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> TestMatching.message(motorhub, bruno, conversation, "Hello?"))
        .withMessageContaining("closed");
    assertThat(
            motorhub
                .interests()
                .readMessages()
                .read(bruno, conversation, PageRequest.first(10))
                .items())
        .hasSize(3);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> TestMatching.interest(motorhub, bruno, demio.id()))
        .withMessageContaining("blocked");

    // Lifted, the block lets a new interest through; the old conversation stays closed.
    motorhub.interests().manageBlocks().unblock(olive, block.id());
    assertThat(TestMatching.interest(motorhub, bruno, demio.id()).status())
        .isEqualTo(InterestStatus.PENDING);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> TestMatching.message(motorhub, olive, conversation, "Sorry."));
  }
}
