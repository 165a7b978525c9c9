package dev.motorhub.application.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.AcceptProposal;
import dev.motorhub.application.marketplace.CancelTrade;
import dev.motorhub.application.marketplace.SubmitProposal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMatching;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of interests and their plan limits, and who sees interests and conversations. */
class InterestRulesTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal staff;
  private Principal olive;
  private Principal bruno;
  private Principal carol;
  private ServiceOffering lease;
  private Trade.Open corolla;
  private Trade.Open demio;

  @BeforeEach
  void oliveSellsTwoCars_brunoIsOnAPlanOfTwoInterestsAMonth() {
    staff = TestAccounts.staff(motorhub, "stella");
    olive = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "olive"));
    bruno = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bruno"));
    carol = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "carol"));
    lease = TestMarket.service(motorhub, staff, "lease", "Lease listing", "50.00");
    corolla = TestMarket.trade(motorhub, olive, "KDA 001A", lease);
    demio = TestMarket.trade(motorhub, olive, "KDA 002A", lease);
    TestMatching.subscribe(
        motorhub, bruno, TestMatching.plan(motorhub, staff, "Two a month", Optional.of(2)));
  }

  private Interest send(Principal who, Trade trade) {
    return TestMatching.interest(motorhub, who, trade.id());
  }

  @Test
  void theInterestPastThePlansLimit_isRefused_namingTheLimitAndWhenItResets() {
    Trade.Open third = TestMarket.trade(motorhub, carol, "KDA 003A", lease);
    send(bruno, corolla);
    send(bruno, demio);

    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> send(bruno, third))
        .withMessage(
            "Your plan Two a month allows 2 interests a month, all sent;"
                + " the count resets at 2025-04-01T00:00:00Z.");

    clock.advance(Duration.ofDays(22));
    assertThat(send(bruno, third).status()).isEqualTo(InterestStatus.PENDING);
  }

  @Test
  void withoutAPlan_orOnceItEnded_noInterestIsSent() {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> send(carol, corolla))
        .withMessage("An interest needs an active subscription plan.");

    clock.advance(Duration.ofDays(31));
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> send(bruno, corolla))
        .withMessageContaining("ended");
  }

  @Test
  void anInterestInOnesOwnTrade_orAClosedOne_isRefused() {
    TestMatching.subscribe(
        motorhub, olive, TestMatching.plan(motorhub, staff, "Unlimited", Optional.empty()));
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> send(olive, corolla))
        .withMessage("You cannot send an interest in your own trade.");

    motorhub.marketplace().cancelTrade().cancel(new CancelTrade.Command(olive, demio.id()));
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> send(bruno, demio))
        .withMessageContaining("cancelled");
  }

  @Test
  void whenItsTradeIsCancelledOrTaken_aPendingInterestClosesUnanswered_andItsBuyerIsTold() {
    TestMatching.subscribe(
        motorhub, carol, TestMatching.plan(motorhub, staff, "Unlimited", Optional.empty()));
    Interest brunos = send(bruno, corolla);
    Interest carols = TestMatching.accept(motorhub, olive, send(carol, corolla).id()).interest();
    Interest inDemio = send(bruno, demio);

    motorhub.marketplace().cancelTrade().cancel(new CancelTrade.Command(olive, corolla.id()));
    var views = motorhub.interests().viewInterests();
    assertThat(views.get(bruno, brunos.id()).status()).isEqualTo(InterestStatus.CLOSED);
    assertThat(views.get(carol, carols.id()).status()).isEqualTo(InterestStatus.ACCEPTED);
    assertThat(views.get(bruno, inDemio.id()).status()).isEqualTo(InterestStatus.PENDING);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () ->
                motorhub
                    .interests()
                    .answerInterest()
                    .decline(new AnswerInterest.Command(olive, brunos.id())))
        .withMessage("This interest was already closed.");

    var offer =
        motorhub
            .marketplace()
            .submitProposal()
            .submit(new SubmitProposal.Command(olive, demio.id(), TestMarket.terms("9000.00")));
    motorhub.marketplace().acceptProposal().accept(new AcceptProposal.Command(carol, offer.id()));
    assertThat(views.get(bruno, inDemio.id()).status()).isEqualTo(InterestStatus.CLOSED);
    assertThat(
            motorhub
                .notifications()
                .viewNotifications()
                .inbox(bruno, PageRequest.first(50))
                .page()
                .items())
        .filteredOn(n -> n.kind() == NotificationKind.INTEREST_CLOSED)
        .extracting(Notification::subjectId)
        .containsExactlyInAnyOrder(brunos.id().value(), inDemio.id().value());
  }

  @Test
  void notTwiceWhileOneIsPending_norAgainAfterADecline() {
    Interest first = send(bruno, corolla);
    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> send(bruno, corolla))
        .withMessage("You already have a pending interest in this trade.");

    Interest declined =
        motorhub
            .interests()
            .answerInterest()
            .decline(new AnswerInterest.Command(olive, first.id()));
    assertThat(declined.status()).isEqualTo(InterestStatus.DECLINED);
    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> send(bruno, corolla))
        .withMessage(SendInterest.DECLINED);
  }

  @Test
  void onlyTheSellerAnswers_once() {
    Interest interest = send(bruno, corolla);
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> TestMatching.accept(motorhub, bruno, interest.id()));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> TestMatching.accept(motorhub, carol, interest.id()));

    TestMatching.accept(motorhub, olive, interest.id());
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> TestMatching.accept(motorhub, olive, interest.id()))
        .withMessage("This interest was already accepted.");
  }

  @Test
  void anInterest_isSeenByItsTwoPartiesAndStaff_aConversationByItsTwoPartiesAlone() {
    Interest interest = send(bruno, corolla);
    var views = motorhub.interests().viewInterests();
    assertThat(views.get(olive, interest.id())).isEqualTo(interest);
    assertThat(views.get(staff, interest.id())).isEqualTo(interest);
    assertThatExceptionOfType(NotFound.class).isThrownBy(() -> views.get(carol, interest.id()));
    assertThat(views.list(olive, Optional.of("received"), Optional.empty(), PageRequest.first(5)))
        .satisfies(p -> assertThat(p.items()).containsExactly(interest));
    assertThat(views.list(olive, Optional.of("sent"), Optional.empty(), PageRequest.first(5)))
        .satisfies(p -> assertThat(p.items()).isEmpty());
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> views.list(olive, Optional.of("up"), Optional.empty(), PageRequest.first(5)));

    var conversation = TestMatching.accept(motorhub, olive, interest.id()).conversation();
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> TestMatching.message(motorhub, carol, conversation.id(), "Hi"));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(
            () ->
                motorhub
                    .interests()
                    .readMessages()
                    .read(staff, conversation.id(), PageRequest.first(5)));
  }

  @Test
  void aMessage_isOneTo2000Characters() {
    Interest interest = send(bruno, corolla);
    var conversation = TestMatching.accept(motorhub, olive, interest.id()).conversation();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> TestMatching.message(motorhub, bruno, conversation.id(), "  "));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> TestMatching.message(motorhub, bruno, conversation.id(), "x".repeat(2001)));
    assertThat(TestMatching.message(motorhub, bruno, conversation.id(), "x".repeat(2000)).text())
        .hasSize(2000);
  }
}
