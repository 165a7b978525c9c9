package dev.motorhub.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionPlansTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal staff;
  private Principal customer;

  @BeforeEach
  void staffAndACustomer() {
    staff = TestAccounts.staff(motorhub, "stella");
    customer = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
  }

  private SubscriptionPlan create(String name, String price, Boolean active) {
    return motorhub
        .identity()
        .createSubscriptionPlan()
        .create(new CreateSubscriptionPlan.Command(staff, new PlanTerms(name, price, 30, active)));
  }

  private SubscriptionPlan revise(SubscriptionPlan plan, PlanTerms changes) {
    return motorhub
        .identity()
        .updateSubscriptionPlan()
        .update(new UpdateSubscriptionPlan.Command(staff, plan.id(), changes));
  }

  private void putAliceOn(SubscriptionPlan plan) {
    motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                customer,
                customer.actor().id(),
                new AccountChanges(
                    null, null, null, null, null, null, null, plan.id().toString())));
  }

  private List<SubscriptionPlan> list(Principal principal) {
    return motorhub
        .identity()
        .listSubscriptionPlans()
        .list(principal, PageRequest.first(100))
        .items();
  }

  private void delete(SubscriptionPlan plan) {
    motorhub
        .identity()
        .deleteSubscriptionPlan()
        .delete(new DeleteSubscriptionPlan.Command(staff, plan.id()));
  }

  @Test
  void staffCreateAPlan_activeUnlessTheySayOtherwise() {
    SubscriptionPlan gold = create("Gold", "9.99", null);

    assertThat(gold.name()).isEqualTo("Gold");
    assertThat(gold.price()).isEqualTo(Money.of("9.99", "USD"));
    assertThat(gold.durationDays()).isEqualTo(30);
    assertThat(gold.active()).isTrue();
    assertThat(gold.createdAt()).isEqualTo(clock.instant());
    assertThat(motorhub.identity().listSubscriptionPlans().get(customer, gold.id()))
        .isEqualTo(gold);
  }

  @Test
  void aCustomer_mayNotManagePlans() {
    SubscriptionPlan gold = create("Gold", "9.99", true);

    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () ->
                motorhub
                    .identity()
                    .createSubscriptionPlan()
                    .create(
                        new CreateSubscriptionPlan.Command(
                            customer, new PlanTerms("Free", "0", 30, true))));
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () ->
                motorhub
                    .identity()
                    .updateSubscriptionPlan()
                    .update(
                        new UpdateSubscriptionPlan.Command(
                            customer, gold.id(), new PlanTerms(null, "0", null, null))));
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () ->
                motorhub
                    .identity()
                    .deleteSubscriptionPlan()
                    .delete(new DeleteSubscriptionPlan.Command(customer, gold.id())));
  }

  @Test
  void aNameTakenInAnotherCase_isAConflictOnName() {
    create("Gold", "9.99", true);

    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> create("GOLD", "19.99", true))
        .satisfies(c -> assertThat(c.field()).isEqualTo("name"));
    SubscriptionPlan silver = create("Silver", "4.99", true);
    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> revise(silver, new PlanTerms("gold", null, null, null)));
  }

  @Test
  void missingTerms_areEachRequired() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> new CreateSubscriptionPlan.Command(staff, new PlanTerms(" ", null, null, null)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name", "price", "duration_days"));
  }

  @Test
  void badTerms_areRefusedOnTheirField() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> create("Gold", "9.999", true))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("price"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> create("Gold", "-1", true))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("price"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                motorhub
                    .identity()
                    .createSubscriptionPlan()
                    .create(
                        new CreateSubscriptionPlan.Command(
                            staff, new PlanTerms("Gold", "9.99", 0, true))))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("duration_days"));
  }

  @Test
  void revising_changesOnlyTheTermsGiven() {
    SubscriptionPlan gold = create("Gold", "9.99", true);
    clock.advance(java.time.Duration.ofHours(1));

    SubscriptionPlan revised = revise(gold, new PlanTerms(null, "12.50", null, false));

    assertThat(revised.name()).isEqualTo("Gold");
    assertThat(revised.price()).isEqualTo(Money.of("12.50", "USD"));
    assertThat(revised.durationDays()).isEqualTo(30);
    assertThat(revised.active()).isFalse();
    assertThat(revised.updatedAt()).isEqualTo(clock.instant());
    assertThat(motorhub.identity().listSubscriptionPlans().get(staff, gold.id()))
        .isEqualTo(revised);
  }

  @Test
  void customersSeeOnlyActivePlans_staffSeeAll_inTheOrderTheyWereDefined() {
    SubscriptionPlan gold = create("Gold", "9.99", true);
    SubscriptionPlan retired = create("Legacy", "1.00", false);
    SubscriptionPlan free = create("Free", "0", true);

    assertThat(list(customer)).containsExactly(gold, free);
    assertThat(list(staff)).containsExactly(gold, retired, free);
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.identity().listSubscriptionPlans().get(customer, retired.id()));
  }

  @Test
  void aCustomersPages_skipInactivePlans_andEndWithoutACursor() {
    SubscriptionPlan gold = create("Gold", "9.99", true);
    create("Legacy", "1.00", false);
    SubscriptionPlan free = create("Free", "0", true);

    Page<SubscriptionPlan> first =
        motorhub.identity().listSubscriptionPlans().list(customer, PageRequest.first(1));
    Page<SubscriptionPlan> second =
        motorhub
            .identity()
            .listSubscriptionPlans()
            .list(customer, PageRequest.parse("1", first.nextCursor().orElseThrow()));

    assertThat(first.items()).containsExactly(gold);
    assertThat(second.items()).containsExactly(free);
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void aPlanNobodyIsOn_isDeleted() {
    SubscriptionPlan gold = create("Gold", "9.99", true);

    delete(gold);

    assertThat(list(staff)).isEmpty();
    assertThatExceptionOfType(NotFound.class).isThrownBy(() -> delete(gold));
  }

  @Test
  void aPlanInUse_cannotBeDeletedOnlyRetired() {
    SubscriptionPlan gold = create("Gold", "9.99", true);
    putAliceOn(gold);

    assertThatExceptionOfType(RuleViolated.class).isThrownBy(() -> delete(gold));
    assertThat(list(staff)).containsExactly(gold);
    assertThat(revise(gold, new PlanTerms(null, null, null, false)).active()).isFalse();
  }
}
