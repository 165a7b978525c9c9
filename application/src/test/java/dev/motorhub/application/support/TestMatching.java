package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.identity.CreateSubscriptionPlan;
import dev.motorhub.application.identity.PlanTerms;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.AnswerInterest;
import dev.motorhub.application.matching.PreferenceForm;
import dev.motorhub.application.matching.SendInterest;
import dev.motorhub.application.matching.SendMessage;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.matching.Message;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Plans with limits, subscriptions, interests and messages, put into a core as users would. */
public final class TestMatching {
  private TestMatching() {}

  /** A 30-day plan allowing {@code interests} a month (empty: unlimited), made by {@code staff}. */
  public static SubscriptionPlan plan(
      Motorhub motorhub, Principal staff, String name, Optional<Integer> interests) {
    return motorhub
        .identity()
        .createSubscriptionPlan()
        .create(
            new CreateSubscriptionPlan.Command(
                staff, new PlanTerms(name, "9.99", 30, true, interests, Optional.of(3))));
  }

  /** {@code who} chooses {@code plan}. */
  public static void subscribe(Motorhub motorhub, Principal who, SubscriptionPlan plan) {
    motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                who, who.actor().id(), AccountChanges.subscriptionPlan(plan.id().toString())));
  }

  public static Interest interest(Motorhub motorhub, Principal buyer, TradeId trade) {
    return motorhub
        .interests()
        .sendInterest()
        .send(new SendInterest.Command(buyer, trade, "Is it still available?"));
  }

  public static AnswerInterest.Accepted accept(
      Motorhub motorhub, Principal seller, InterestId interest) {
    return motorhub
        .interests()
        .answerInterest()
        .accept(new AnswerInterest.Command(seller, interest));
  }

  public static Message message(
      Motorhub motorhub, Principal sender, ConversationId conversation, String text) {
    return motorhub
        .interests()
        .sendMessage()
        .send(new SendMessage.Command(sender, conversation, text));
  }

  /**
   * A saved search for any sale, at most {@code priceMax} when given; nothing else is asked, so
   * every sale of others within the price fits it.
   */
  public static PreferenceForm saleSearch(String name, String priceMax) {
    return new PreferenceForm(
        name,
        "sale",
        null,
        null,
        null,
        null,
        priceMax,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        null,
        priceMax == null
            ? Set.of("name", "trade_kind")
            : Set.of("name", "trade_kind", "price_max"));
  }
}
