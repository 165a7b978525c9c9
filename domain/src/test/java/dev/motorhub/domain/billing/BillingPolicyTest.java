package dev.motorhub.domain.billing;

import static dev.motorhub.domain.billing.TestInvoices.CUSTOMER;
import static dev.motorhub.domain.billing.TestInvoices.OTHER_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingPolicyTest {
  private final BillingPolicy policy = new BillingPolicy();

  private static Actor actor(String who) {
    return switch (who) {
      case "THE_CUSTOMER" -> new Actor(CUSTOMER, Role.CUSTOMER);
      case "ANOTHER_CUSTOMER" -> new Actor(OTHER_CUSTOMER, Role.CUSTOMER);
      case "A_MECHANIC" -> new Actor(new UserId(TestInvoices.uuid(0xa2)), Role.MECHANIC);
      case "A_STAFF_MEMBER" -> new Actor(new UserId(TestInvoices.uuid(0xa3)), Role.STAFF);
      case "A_SUPERUSER" -> new Actor(new UserId(TestInvoices.uuid(0xa4)), Role.SUPERUSER);
      default -> throw new IllegalArgumentException(who);
    };
  }

  @ParameterizedTest(name = "{0} sees the customer's invoice: {1}")
  @CsvSource({
    "THE_CUSTOMER, true",
    "ANOTHER_CUSTOMER, false",
    "A_MECHANIC, false",
    "A_STAFF_MEMBER, true",
    "A_SUPERUSER, true"
  })
  void theCustomerAndStaff_seeAnInvoice(String who, boolean sees) {
    assertThat(policy.maySee(actor(who), TestInvoices.openInvoice())).isEqualTo(sees);
  }

  @ParameterizedTest(name = "{0} pays with the customer's card: {1}")
  @CsvSource({
    "THE_CUSTOMER, true",
    "ANOTHER_CUSTOMER, false",
    "A_MECHANIC, false",
    "A_STAFF_MEMBER, true",
    "A_SUPERUSER, true"
  })
  void theCardsOwnerAndStaff_payWithACard(String who, boolean may) {
    assertThat(policy.mayPayWith(actor(who), TestInvoices.customersCard())).isEqualTo(may);
  }

  @ParameterizedTest(name = "{0} lists everyone''s invoices and voids: {1}")
  @CsvSource({
    "THE_CUSTOMER, false",
    "A_MECHANIC, false",
    "A_STAFF_MEMBER, true",
    "A_SUPERUSER, true"
  })
  void onlyStaff_listEveryonesInvoices_andVoid(String who, boolean may) {
    assertThat(policy.mayListAll(actor(who))).isEqualTo(may);
    assertThat(policy.mayVoid(actor(who))).isEqualTo(may);
  }
}
