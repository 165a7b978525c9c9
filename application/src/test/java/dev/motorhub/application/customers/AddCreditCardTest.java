package dev.motorhub.application.customers;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestCards;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer puts cards on file; what is kept of them, and what is refused. */
class AddCreditCardTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Principal alice;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
  }

  private CreditCard add(Principal principal, CardForm form) {
    return motorhub.customers().addCreditCard().add(AddCreditCard.Command.of(principal, form));
  }

  @Test
  void aCustomerAddsACard_andOnlyWhatMayBeKeptIsStored() {
    CreditCard card = add(alice, TestCards.form("4242 4242 4242 4242"));

    assertThat(card.owner()).isEqualTo(alice.actor().id());
    assertThat(card.brand()).isEqualTo(CardBrand.VISA);
    assertThat(card.last4()).isEqualTo("4242");
    assertThat(card.expiry()).isEqualTo(YearMonth.of(2030, 12));
    assertThat(card.holder()).isEqualTo("Alice Wanjiku");
    assertThat(card.createdAt()).isEqualTo(clock.instant());
    assertThat(card.fingerprint()).hasSize(64).doesNotContain(TestCards.VISA);
    assertThat(card.toString()).doesNotContain(TestCards.VISA);
    assertThat(motorhub.store().creditCards().findById(card.id())).contains(card);
  }

  @Test
  void theBrand_comesFromTheNumber_andAmexTakesFourDigitCodes() {
    assertThat(add(alice, TestCards.form(TestCards.AMEX)).brand()).isEqualTo(CardBrand.AMEX);
    assertThat(add(alice, TestCards.form(TestCards.MASTERCARD)).brand())
        .isEqualTo(CardBrand.MASTERCARD);
  }

  @Test
  void theExpiry_mayComeAsASeparateMonthAndYear() {
    CardForm form = new CardForm(TestCards.VISA, null, 3, 2025, "Alice Wanjiku", "123");

    assertThat(add(alice, form).expiry())
        .as("valid through March")
        .isEqualTo(YearMonth.of(2025, 3));
  }

  @Test
  void theSameCardTwice_isAConflict_evenTypedDifferently() {
    add(alice, TestCards.form(TestCards.VISA));

    Conflict conflict =
        refused(Conflict.class, () -> add(alice, TestCards.form("4242-4242-4242-4242")));

    assertThat(conflict.field()).isEqualTo("number");
    assertThat(conflict.getMessage()).doesNotContain(TestCards.VISA);
  }

  @Test
  void twoCustomers_mayHoldTheSameCard() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
    CreditCard alices = add(alice, TestCards.form(TestCards.VISA));

    CreditCard bobs = add(bob, TestCards.form(TestCards.VISA));

    assertThat(bobs.fingerprint()).isEqualTo(alices.fingerprint());
    assertThat(bobs.owner()).isNotEqualTo(alices.owner());
  }

  @Test
  void anExpiredCard_isRefused() {
    InvalidInput invalid =
        refused(InvalidInput.class, () -> add(alice, TestCards.expiring(TestCards.VISA, "02/25")));

    assertThat(invalid.errors()).containsOnlyKeys("expiry");
  }

  @Test
  void everyBadField_isNamedAtOnce_withoutRepeatingTheNumberOrCode() {
    CardForm form = new CardForm("4242424242424241", "13/30", null, null, " ", "98765");

    InvalidInput invalid = refused(InvalidInput.class, () -> add(alice, form));

    assertThat(invalid.errors()).containsOnlyKeys("number", "expiry", "holder", "cvc");
    assertThat(invalid.errors().toString()).doesNotContain("4242424242424241", "98765");
  }

  @Test
  void aThreeDigitCodeOnAnAmex_isRefused() {
    CardForm form = new CardForm(TestCards.AMEX, "12/30", null, null, "Alice", "123");

    assertThat(refused(InvalidInput.class, () -> add(alice, form)).errors())
        .containsOnlyKeys("cvc");
  }

  @Test
  void staffAndMechanics_keepNoCards() {
    Principal staff = TestAccounts.staff(motorhub, "stella");
    Principal mechanic =
        TestAccounts.principal(motorhub, TestAccounts.registerMechanic(motorhub, "mo"));

    refused(Forbidden.class, () -> add(staff, TestCards.form(TestCards.VISA)));
    refused(Forbidden.class, () -> add(mechanic, TestCards.form(TestCards.VISA)));
  }

  @Test
  void theFormAndTheCommand_neverShowTheNumberOrCode() {
    CardForm form = TestCards.form(TestCards.AMEX);

    assertThat(form.toString()).doesNotContain(TestCards.AMEX, "1234");
    assertThat(AddCreditCard.Command.of(alice, form).toString())
        .doesNotContain(TestCards.AMEX)
        .contains("0005");
  }
}
