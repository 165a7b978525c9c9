package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code SubscriptionPlanRepository} keeps: plans, unique names, price order, use. */
public abstract class SubscriptionPlanRepositoryContract extends StoreContract {
  private static final String TAKEN = "A subscription plan with this name already exists.";

  @Test
  void addedPlan_isFoundWithEveryField() {
    SubscriptionPlan plan =
        new SubscriptionPlan(
            new SubscriptionPlanId(Fixtures.nextId()),
            "Fleet Pro",
            Money.of("1234.50", "USD"),
            365,
            false,
            T0,
            at(1));
    runTx(() -> store.plans().add(plan));

    assertThat(inTx(() -> store.plans().findById(plan.id()))).contains(plan);
    assertThat(inTx(() -> store.plans().findById(new SubscriptionPlanId(Fixtures.nextId()))))
        .isEmpty();
  }

  @Test
  void nameTakenInAnotherCase_isAConflictOnName() {
    runTx(() -> store.plans().add(Fixtures.plan("Gold", "10.00")));

    assertConflict(() -> store.plans().add(Fixtures.plan("GOLD", "12.00")), "name", TAKEN);
  }

  @Test
  void update_keepsTheNewTerms() {
    SubscriptionPlan plan = Fixtures.plan("Silver", "5.00");
    runTx(() -> store.plans().add(plan));
    SubscriptionPlan revised =
        plan.revise("Silver Plus", Money.of("7.25", "USD"), 90, false, at(1));

    runTx(() -> store.plans().update(revised));

    assertThat(inTx(() -> store.plans().findById(plan.id()))).contains(revised);
  }

  @Test
  void limits_areKept_anEmptyOneUnlimited() {
    SubscriptionPlan plan =
        Fixtures.plan("Limited", "5.00")
            .limit(new SubscriptionPlan.Limits(Optional.of(3), Optional.empty()), at(0));
    runTx(() -> store.plans().add(plan));
    assertThat(inTx(() -> store.plans().findById(plan.id()))).contains(plan);

    SubscriptionPlan changed =
        plan.limit(new SubscriptionPlan.Limits(Optional.empty(), Optional.of(0)), at(1));
    runTx(() -> store.plans().update(changed));

    assertThat(inTx(() -> store.plans().findById(plan.id()))).contains(changed);
  }

  @Test
  void update_toAnotherPlansName_isAConflict_butItsOwnNameInAnotherCaseIsNot() {
    SubscriptionPlan gold = Fixtures.plan("Gold", "10.00");
    SubscriptionPlan silver = Fixtures.plan("Silver", "5.00");
    runTx(
        () -> {
          store.plans().add(gold);
          store.plans().add(silver);
        });

    assertConflict(
        () -> store.plans().update(silver.revise("gold", silver.price(), 30, true, at(1))),
        "name",
        TAKEN);
    SubscriptionPlan renamed = silver.revise("SILVER", silver.price(), 30, true, at(2));
    runTx(() -> store.plans().update(renamed));
    assertThat(inTx(() -> store.plans().findById(silver.id()))).contains(renamed);
  }

  @Test
  void list_isEveryPlan_orTheActiveOnes_inIdOrder() {
    List<SubscriptionPlan> plans = threePlansTheSecondInactive();

    assertThat(list(false)).containsExactlyElementsOf(plans);
    assertThat(list(true)).containsExactly(plans.get(0), plans.get(2));
  }

  @Test
  void list_pagesThroughTheActiveOnesWithCursors() {
    List<SubscriptionPlan> plans = threePlansTheSecondInactive();
    SubscriptionPlan fourth = Fixtures.plan("Bronze", "1.00");
    runTx(() -> store.plans().add(fourth));

    Page<SubscriptionPlan> first = inTx(() -> store.plans().list(true, PageRequest.first(2)));
    Page<SubscriptionPlan> second =
        inTx(() -> store.plans().list(true, Fixtures.nextPage(first, 2)));

    assertThat(first.items()).containsExactly(plans.get(0), plans.get(2));
    assertThat(second.items()).containsExactly(fourth);
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void inUse_tellsWhetherAnyAccountIsOnThePlan() {
    SubscriptionPlan plan = Fixtures.plan("Gold", "10.00");
    User user = addedWithAnAccount(plan);
    assertThat(inTx(() -> store.plans().inUse(plan.id()))).isFalse();

    User onPlan = inTx(() -> store.users().update(user.subscribe(plan, at(1))));
    assertThat(inTx(() -> store.plans().inUse(plan.id()))).isTrue();

    runTx(() -> store.users().update(onPlan.unsubscribe(at(2))));
    assertThat(inTx(() -> store.plans().inUse(plan.id()))).isFalse();
  }

  @Test
  void delete_removesThePlan_andFreesItsName() {
    SubscriptionPlan plan = Fixtures.plan("Gold", "10.00");
    runTx(() -> store.plans().add(plan));

    runTx(() -> store.plans().delete(plan.id()));

    assertThat(inTx(() -> store.plans().findById(plan.id()))).isEmpty();
    runTx(() -> store.plans().add(Fixtures.plan("Gold", "11.00")));
    assertThat(list(false)).hasSize(1);
  }

  @Test
  void delete_ofAPlanAnAccountIsOn_isAConflict_andKeepsThePlan() {
    SubscriptionPlan plan = Fixtures.plan("Gold", "10.00");
    User user = addedWithAnAccount(plan);
    runTx(() -> store.users().update(user.subscribe(plan, at(1))));

    assertConflict(() -> store.plans().delete(plan.id()), "", SubscriptionPlanRepository.IN_USE);
    assertThat(inTx(() -> store.plans().findById(plan.id()))).contains(plan);
  }

  /** Adds {@code plan} and an account, alice, not on it yet. */
  private User addedWithAnAccount(SubscriptionPlan plan) {
    User user = Fixtures.user("alice");
    runTx(
        () -> {
          store.plans().add(plan);
          store.users().add(user);
        });
    return user;
  }

  /** Gold, a retired Legacy and Free, added in that order (the ids ascending). */
  private List<SubscriptionPlan> threePlansTheSecondInactive() {
    List<SubscriptionPlan> plans =
        List.of(
            Fixtures.plan("Gold", "100.00"),
            Fixtures.plan("Legacy", "0.50")
                .revise("Legacy", Money.of("0.50", "USD"), 30, false, T0),
            Fixtures.plan("Free", "0.00"));
    runTx(() -> plans.forEach(store.plans()::add));
    return plans;
  }

  private List<SubscriptionPlan> list(boolean activeOnly) {
    return inTx(() -> store.plans().list(activeOnly, PageRequest.first(100))).items();
  }
}
