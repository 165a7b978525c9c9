package dev.motorhub.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.support.Refusals;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.identity.FreeTextPhone;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.PhoneRule;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * A phone stated as free text (My Cars' rule) is kept on the account as given and never reaches the
 * customer profile, whose phone is the one messages go to; E.164 stays the default rule.
 */
class FreeTextPhoneTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  private Account register(String username, String phone, PhoneRule rule) {
    return motorhub
        .accounts()
        .registerAccount()
        .register(TestForms.customer(username).phone(phone).phoneRule(rule).build())
        .account();
  }

  @Test
  void freeText_isKeptOnTheAccountAsGiven_andNotOnTheProfile() {
    Account john = register("john", "555-1234", PhoneRule.FREE_TEXT);

    assertThat(john.user().phone()).contains(new FreeTextPhone("555-1234"));
    assertThat(john.customer().orElseThrow().details().phone()).isEmpty();
  }

  @Test
  void freeTextThatReadsAsE164_isTheNumber_onTheAccountAndTheProfile() {
    Account jane = register("jane", "+1 555 567 8000", PhoneRule.FREE_TEXT);

    assertThat(jane.user().phone()).contains(new PhoneNumber("+15555678000"));
    assertThat(jane.customer().orElseThrow().details().phone())
        .contains(new PhoneNumber("+15555678000"));
  }

  @Test
  void byDefault_aPhoneIsE164() {
    InvalidInput refused =
        Refusals.refused(
            InvalidInput.class,
            () ->
                motorhub
                    .accounts()
                    .registerAccount()
                    .register(TestForms.customer("jim").phone("555-1234").build()));

    assertThat(refused.errors()).containsOnlyKeys("phone_number");
  }

  @Test
  void aChange_readsThePhoneByItsRule_andTheSameTextIsTaken() {
    register("john", "555-1234", PhoneRule.FREE_TEXT);
    var jane = TestAccounts.register(motorhub, "jane");
    var herself = TestAccounts.principal(motorhub, jane);
    var free =
        new AccountChanges(
            null, null, "555-9999", null, null, null, null, null, PhoneRule.FREE_TEXT);
    var taken =
        new AccountChanges(
            null, null, "555-1234", null, null, null, null, null, PhoneRule.FREE_TEXT);

    Account changed =
        motorhub
            .accounts()
            .updateAccount()
            .update(new UpdateAccount.Command(herself, herself.actor().id(), free));

    assertThat(changed.user().phone()).contains(new FreeTextPhone("555-9999"));
    Refusals.refused(
        Conflict.class,
        () ->
            motorhub
                .accounts()
                .updateAccount()
                .update(new UpdateAccount.Command(herself, herself.actor().id(), taken)));
  }
}
