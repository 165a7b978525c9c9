package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.CreateSubscriptionPlan;
import dev.motorhub.application.identity.PlanTerms;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The subscription sweep: a subscription ending within two days is reminded of, once. */
class RemindExpiringSubscriptionsTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal staff;
  private Principal alice;
  private SubscriptionPlan monthly;

  @BeforeEach
  void aliceTakesAThirtyDayPlan() {
    staff = TestAccounts.staff(motorhub, "stella");
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    monthly = plan("Monthly", 30);
    subscribe(alice, monthly);
  }

  private SubscriptionPlan plan(String name, int days) {
    return motorhub
        .identity()
        .createSubscriptionPlan()
        .create(new CreateSubscriptionPlan.Command(staff, new PlanTerms(name, "9.99", days, true)));
  }

  private Account subscribe(Principal who, SubscriptionPlan plan) {
    return motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                who, who.actor().id(), AccountChanges.subscriptionPlan(plan.id().toString())));
  }

  private int sweep() {
    return motorhub.sweeps().remindExpiringSubscriptions().remind();
  }

  private List<Notification> reminders(Principal who) {
    return motorhub
        .notifications()
        .viewNotifications()
        .inbox(who, PageRequest.first(100))
        .page()
        .items()
        .stream()
        .filter(n -> n.kind() == NotificationKind.SUBSCRIPTION_ENDING)
        .toList();
  }

  @Test
  void choosingAPlan_setsTheSubscriptionsEnd_thePlansDaysLater() {
    assertThat(subscribe(alice, plan("Weekly", 7)).user().subscriptionEndsAt())
        .contains(clock.instant().plus(Duration.ofDays(7)));
  }

  @Test
  void moreThanTwoDaysBeforeTheEnd_nobodyIsReminded() {
    clock.advance(Duration.ofDays(28).minusSeconds(1));

    assertThat(sweep()).isZero();

    assertThat(reminders(alice)).isEmpty();
  }

  @Test
  void withinTwoDaysOfTheEnd_theHolderIsRemindedOnce() {
    clock.advance(Duration.ofDays(28));

    assertThat(sweep()).isEqualTo(1);
    clock.advance(Duration.ofDays(1));
    assertThat(sweep()).isZero();

    assertThat(reminders(alice))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.message())
                  .isEqualTo(
                      "Your Monthly subscription ends at 2025-04-09T09:00:00Z."
                          + " Choose a plan again to go on.");
              assertThat(n.subjectType()).isEqualTo("subscription");
              assertThat(n.subjectId()).isEqualTo(alice.actor().id().value());
            });
  }

  @Test
  void anEndedSubscription_orNoPlan_isNotRemindedOf() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    clock.advance(Duration.ofDays(31));

    assertThat(sweep()).isZero();

    assertThat(reminders(alice)).isEmpty();
    assertThat(reminders(bob)).isEmpty();
  }

  @Test
  void aNewPlanAfterTheReminder_isRemindedOfItsOwnEnd() {
    clock.advance(Duration.ofDays(29));
    sweep();
    subscribe(alice, plan("Weekly", 7));
    clock.advance(Duration.ofDays(6));

    assertThat(sweep()).isEqualTo(1);

    assertThat(reminders(alice)).hasSize(2);
  }

  @Test
  void droppingThePlan_endsTheSubscription_andItsReminders() {
    motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                alice, alice.actor().id(), AccountChanges.subscriptionPlan("")));
    clock.advance(Duration.ofDays(29));

    assertThat(sweep()).isZero();

    assertThat(reminders(alice)).isEmpty();
  }
}
