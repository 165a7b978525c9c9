package dev.motorhub.application.marketplace;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proposal terms as typed: every bad one named at once, the instalment derived. */
class ProposalFormTest {
  private final TestTrading market = TestTrading.start();
  private Trade.Open trade;

  @BeforeEach
  void oliveHasAVehicleOnSale() {
    trade = market.trade(market.olive, market.sale);
  }

  private Proposal.Pending offer(ProposalForm form) {
    return market.offer(market.olive, trade, form);
  }

  private ProposalTerms terms(String amount, String down, int days, String frequency) {
    return offer(new ProposalForm(amount, down, days, frequency, "")).offer().terms();
  }

  @Test
  void theInstalment_isTheBalanceOverTheInstalments_roundedUpToTheCent() {
    ProposalTerms weekly = terms("1000.00", "0", 30, "weekly");
    assertThat(weekly.instalments()).isEqualTo(5);
    assertThat(weekly.instalment().plain()).isEqualTo("200.00");

    ProposalTerms biweekly = terms("1000.00", "", 28, "biweekly");
    assertThat(biweekly.downPayment().plain()).isEqualTo("0.00");
    assertThat(biweekly.instalments()).isEqualTo(2);
    assertThat(biweekly.instalment().plain()).isEqualTo("500.00");

    ProposalTerms once = terms("8000.00", null, 1, "one-time");
    assertThat(once.instalments()).isOne();
    assertThat(once.instalment().plain()).isEqualTo("8000.00");

    assertThat(terms("100.00", "0", 90, "monthly").instalment().plain()).isEqualTo("33.34");
    assertThat(terms("500.00", "500.00", 60, "monthly").instalment().plain()).isEqualTo("0.00");
  }

  @Test
  void everyMissingTerm_isNamedAtOnce() {
    InvalidInput invalid =
        refused(InvalidInput.class, () -> offer(new ProposalForm(null, null, null, " ", null)));

    assertThat(invalid.errors()).containsOnlyKeys("amount", "term_days", "payment_frequency");
  }

  @Test
  void malformedTerms_areNamedTogether() {
    InvalidInput invalid =
        refused(
            InvalidInput.class, () -> offer(new ProposalForm("lots", "1.234", 30, "yearly", null)));

    assertThat(invalid.errors()).containsOnlyKeys("amount", "down_payment", "payment_frequency");
  }

  @Test
  void termsOutOfBounds_andMalformedOnes_areNamedTogether() {
    InvalidInput invalid =
        refused(InvalidInput.class, () -> offer(new ProposalForm("0", "-1", 4000, "yearly", null)));

    assertThat(invalid.errors())
        .containsOnlyKeys("amount", "down_payment", "term_days", "payment_frequency");
  }

  @Test
  void termsOutOfBounds_areInvalid() {
    assertThat(refused(InvalidInput.class, () -> terms("0", null, 30, "monthly")).errors())
        .containsOnlyKeys("amount");
    assertThat(refused(InvalidInput.class, () -> terms("-5.00", null, 30, "monthly")).errors())
        .containsOnlyKeys("amount");
    assertThat(refused(InvalidInput.class, () -> terms("100.00", "100.01", 30, "monthly")).errors())
        .containsOnlyKeys("down_payment");
    assertThat(refused(InvalidInput.class, () -> terms("100.00", "-1", 30, "monthly")).errors())
        .containsOnlyKeys("down_payment");
    assertThat(refused(InvalidInput.class, () -> terms("100.00", null, 0, "weekly")).errors())
        .containsOnlyKeys("term_days");
    assertThat(refused(InvalidInput.class, () -> terms("100.00", null, 3651, "weekly")).errors())
        .containsOnlyKeys("term_days");
  }
}
