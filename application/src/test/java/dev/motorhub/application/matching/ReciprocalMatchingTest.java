package dev.motorhub.application.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountChanges;
import dev.motorhub.application.accounts.ConfirmPhone;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.SetBuyerRequirements;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMatching;
import dev.motorhub.application.support.TestPhoneCodes;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.BuyerRequirement;
import dev.motorhub.domain.marketplace.BuyerRequirements;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.matching.InterestStatus;
import dev.motorhub.domain.matching.RequirementCheck;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Throttled;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reciprocal matching: a seller asks something of buyers; a buyer's matches say whether they fit,
 * and an interest from one who does not is refused until they do (a verified phone, a card).
 */
class ReciprocalMatchingTest {
  private final TestTrading t = TestTrading.start();
  private final Motorhub motorhub = t.motorhub;
  private Trade.Open corolla;

  @BeforeEach
  void oliveSellsACorolla_brunoIsOnAPlan_andSearchesForASale() {
    corolla = t.trade(t.olive, "Toyota", "Corolla", 2019, t.sale);
    t.offer(t.olive, corolla, "9000.00");
    TestMatching.subscribe(
        motorhub, t.bruno, TestMatching.plan(motorhub, t.staff, "Unlimited", Optional.empty()));
    motorhub
        .matching()
        .savePreference()
        .save(t.bruno, TestMatching.saleSearch("A sale", "10000.00"));
  }

  private BuyerRequirements ask(Principal who, BuyerRequirements asked) {
    return motorhub
        .marketplace()
        .setBuyerRequirements()
        .set(new SetBuyerRequirements.Command(who, corolla.id(), asked));
  }

  private Page<Match> matches(Principal who, String mutual) {
    return motorhub
        .matching()
        .findMatches()
        .find(who, new FindMatches.Query(null, mutual, null, null));
  }

  private void setPhone(Principal who, String phone) {
    motorhub
        .accounts()
        .updateAccount()
        .update(
            new UpdateAccount.Command(
                who,
                who.actor().id(),
                new AccountChanges(null, null, phone, null, null, null, null, null)));
  }

  private String codeTextedTo(String phone) {
    return TestPhoneCodes.lastTextedTo(motorhub.store(), phone);
  }

  private boolean phoneVerified(Principal who) {
    return motorhub.accounts().viewAccounts().get(who, who.actor().id()).phoneVerified();
  }

  @Test
  void aTradeThatAsksNothing_isMutual_withNoRequirementListed() {
    Match match = matches(t.bruno, null).items().getFirst();

    assertThat(match.mutualEligible()).isTrue();
    assertThat(match.buyerRequirements()).isEmpty();
    assertThat(motorhub.marketplace().viewBuyerRequirements().get(t.bruno, corolla.id()))
        .isEqualTo(BuyerRequirements.NONE);
  }

  @Test
  void anInterestFromABuyerWithoutAVerifiedPhone_isRefused_thenPassesOnceItIsVerified() {
    ask(t.olive, new BuyerRequirements(true, false, false));
    Match match = matches(t.bruno, null).items().getFirst();
    assertThat(match.mutualEligible()).isFalse();
    assertThat(match.buyerRequirements())
        .containsExactly(
            new RequirementCheck(
                BuyerRequirement.VERIFIED_PHONE, false, "the seller asks for a verified phone"));
    assertThat(matches(t.bruno, "true").items()).isEmpty();
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> TestMatching.interest(motorhub, t.bruno, corolla.id()))
        .withMessageContaining("verified_phone")
        .withMessageContaining("the seller asks for a verified phone");

    setPhone(t.bruno, "+254701036054");
    motorhub.accounts().sendPhoneCode().send(t.bruno);
    motorhub
        .accounts()
        .confirmPhone()
        .confirm(new ConfirmPhone.Command(t.bruno, codeTextedTo("+254701036054")));

    assertThat(phoneVerified(t.bruno)).isTrue();
    assertThat(matches(t.bruno, "true").items()).hasSize(1);
    assertThat(TestMatching.interest(motorhub, t.bruno, corolla.id()).status())
        .isEqualTo(InterestStatus.PENDING);
  }

  @Test
  void anInterestFromABuyerWithoutACard_passesOnceTheyAddOne() {
    ask(t.olive, new BuyerRequirements(false, true, false));
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> TestMatching.interest(motorhub, t.bruno, corolla.id()))
        .withMessageContaining("card_on_file");

    TestMarket.card(motorhub, t.bruno);

    assertThat(matches(t.bruno, "true").items().getFirst().mutualEligible()).isTrue();
    assertThat(TestMatching.interest(motorhub, t.bruno, corolla.id()).status())
        .isEqualTo(InterestStatus.PENDING);
  }

  @Test
  void aBuyerWhoWithdrewAProposal_hasCancelledADeal() {
    Trade.Open golf = t.trade(t.carla, "VW", "Golf", 2018, t.sale);
    Proposal.Pending offer = t.offer(t.carla, golf, "8000.00");
    t.withdraw(t.bruno, t.counter(t.bruno, offer, "7000.00"));
    ask(t.olive, new BuyerRequirements(false, false, true));

    assertThat(matches(t.bruno, null).items())
        .filteredOn(m -> m.subject().trade().id().equals(corolla.id()))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.buyerRequirements())
                    .extracting(RequirementCheck::text)
                    .containsExactly("the seller asks for a buyer who has cancelled no deals"));
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> TestMatching.interest(motorhub, t.bruno, corolla.id()))
        .withMessageContaining("no_cancelled_deals");
  }

  @Test
  void onlyMutualMatches_arePagedAfterTheCursor_withoutLosingAny() {
    ask(t.olive, new BuyerRequirements(false, true, false));
    for (int i = 0; i < 4; i++) {
      Trade.Open other = t.trade(t.carla, "Toyota", "Corolla", 2019, t.sale);
      t.offer(t.carla, other, "9000.00");
    }
    TestMarket.card(motorhub, t.carla); // her card is not Bruno's

    Page<Match> first =
        motorhub
            .matching()
            .findMatches()
            .find(t.bruno, new FindMatches.Query(null, "true", "3", null));
    Page<Match> second =
        motorhub
            .matching()
            .findMatches()
            .find(t.bruno, new FindMatches.Query(null, "true", "3", first.nextCursor().get()));

    assertThat(first.items()).hasSize(3).allMatch(Match::mutualEligible);
    assertThat(second.items()).hasSize(1).allMatch(Match::mutualEligible);
    assertThat(second.nextCursor()).isEmpty();
    assertThat(matches(t.bruno, "false").items()).hasSize(5);
  }

  @Test
  void onlyTheOwnerOrStaff_setRequirements_whileTheTradeIsOpen() {
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> ask(t.bruno, new BuyerRequirements(true, true, true)));
    assertThat(ask(t.staff, new BuyerRequirements(true, false, false)).verifiedPhone()).isTrue();
    assertThat(motorhub.marketplace().viewTrades().get(t.carla, corolla.id()).buyerRequirements())
        .isEqualTo(new BuyerRequirements(true, false, false));

    t.cancel(t.olive, corolla);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> ask(t.olive, BuyerRequirements.NONE));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> ask(t.bruno, BuyerRequirements.NONE));
  }

  @Test
  void aPhoneCode_isRefusedWrong_expired_orAfterFiveGuesses_andNeverSentToNoPhone() {
    setPhone(t.bruno, "");
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> motorhub.accounts().sendPhoneCode().send(t.bruno))
        .withMessageContaining("phone_number");
    setPhone(t.bruno, "+254701036054");
    motorhub.accounts().sendPhoneCode().send(t.bruno);
    String code = codeTextedTo("+254701036054");
    String wrong = code.equals("000000") ? "111111" : "000000";

    assertThatExceptionOfType(Throttled.class)
        .isThrownBy(() -> motorhub.accounts().sendPhoneCode().send(t.bruno));
    for (int i = 0; i < 5; i++) {
      assertThatExceptionOfType(InvalidInput.class)
          .isThrownBy(() -> confirm(wrong))
          .satisfies(e -> assertThat(e.errors()).containsKey("code"));
    }
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> confirm(code))
        .satisfies(e -> assertThat(e.errors().get("code").getFirst()).contains("Too many"));

    t.clock.advance(Duration.ofMinutes(1));
    motorhub.accounts().sendPhoneCode().send(t.bruno);
    String second = codeTextedTo("+254701036054");
    t.clock.advance(Duration.ofMinutes(10));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> confirm(second))
        .satisfies(e -> assertThat(e.errors().get("code").getFirst()).contains("expired"));
    assertThat(phoneVerified(t.bruno)).isFalse();
  }

  @Test
  void changingThePhone_clearsItsVerification() {
    setPhone(t.bruno, "+254701036054");
    motorhub.accounts().sendPhoneCode().send(t.bruno);
    confirm(codeTextedTo("+254701036054"));
    assertThat(phoneVerified(t.bruno)).isTrue();

    setPhone(t.bruno, "+254701036055");
    assertThat(phoneVerified(t.bruno)).isFalse();
    setPhone(t.bruno, "+254701036054");
    assertThat(phoneVerified(t.bruno)).isFalse();
  }

  private void confirm(String code) {
    motorhub.accounts().confirmPhone().confirm(new ConfirmPhone.Command(t.bruno, code));
  }
}
