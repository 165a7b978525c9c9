package dev.motorhub.application.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** Customers staff keep without an account: added, found, changed and deleted by staff alone. */
class StandaloneCustomersTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private final Principal staff = TestAccounts.staff(motorhub, "sam");
  private final Principal alice =
      TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));

  private CustomerRecord update(Principal who, CustomerId id, CustomerChanges changes) {
    return motorhub
        .customers()
        .updateCustomer()
        .update(new UpdateCustomer.Command(who, id, changes));
  }

  private CustomerRecord add(Principal who, String name, String phone) {
    return motorhub.customers().addCustomer().add(AddCustomer.Command.of(who, name, phone));
  }

  @Test
  void staffAddOne_andFindItAmongTheCustomers_besideTheAccounts() {
    CustomerRecord boss = add(staff, "boss", "+254 701 036 054");

    assertThat(boss.account()).isEmpty();
    assertThat(boss.displayName()).isEqualTo("boss");
    assertThat(boss.phone().orElseThrow().value()).isEqualTo("+254701036054");
    var everyone =
        motorhub
            .customers()
            .viewCustomers()
            .search(staff, CustomerQuery.all(), PageRequest.first(10))
            .items();
    assertThat(everyone).extracting(CustomerRecord::displayName).contains("boss");
    assertThat(everyone).anyMatch(r -> r.account().isPresent());
    assertThat(
            motorhub
                .customers()
                .viewCustomers()
                .search(staff, CustomerQuery.all().withAccounts(), PageRequest.first(10))
                .items())
        .isNotEmpty()
        .noneMatch(r -> r.account().isEmpty());
  }

  @Test
  void aNameAndAPhoneWithItsCountryCode_areRequired_eachNamed() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> add(staff, "n".repeat(51), "0704044033"))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name", "phone_number"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> add(staff, null, null))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name", "phone_number"));
  }

  @Test
  void aPhone_isUniqueAmongThem() {
    add(staff, "boss", "+254701036054");
    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(() -> add(staff, "other", "+254701036054"))
        .satisfies(c -> assertThat(c.field()).isEqualTo("phone_number"));
  }

  @Test
  void onlyStaff_addSeeChangeAndDeleteThem() {
    CustomerId boss = add(staff, "boss", "+254701036054").customer().id();
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(() -> add(alice, "mine", "+254701036055"));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.customers().viewCustomers().get(alice, boss));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> update(alice, boss, CustomerChanges.standalone("x", null)));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(
            () ->
                motorhub
                    .customers()
                    .deleteCustomer()
                    .delete(new DeleteCustomer.Command(alice, boss)));

    CustomerRecord renamed =
        update(staff, boss, CustomerChanges.standalone("bosslady", "+254701036056"));
    assertThat(renamed.displayName()).isEqualTo("bosslady");
    assertThat(renamed.phone().orElseThrow().value()).isEqualTo("+254701036056");
    motorhub.customers().deleteCustomer().delete(new DeleteCustomer.Command(staff, boss));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.customers().viewCustomers().get(staff, boss));
  }

  @Test
  void theirNameIsTheirOwn_andAnAccountsProfileIsNamedByItsAccount() {
    CustomerId boss = add(staff, "boss", "+254701036054").customer().id();
    CustomerId alices =
        motorhub
            .store()
            .transactions()
            .inTransaction(() -> motorhub.store().customers().findByUser(alice.actor().id()))
            .orElseThrow()
            .id();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                update(
                    staff,
                    boss,
                    new CustomerChanges(
                        "Bo", null, null, null, null, null, null, null, null, null)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("first_name"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> update(staff, alices, CustomerChanges.standalone("Al", null)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name"));
  }
}
