package dev.motorhub.application.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.AccountFormBuilder;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewCustomersTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Registered alice;
  private Principal staff;

  /** Today is 2025-03-10: alice is 35 today, bob turns 35 tomorrow, carol turns 36 tomorrow. */
  @BeforeEach
  void threeCustomersAndStaff() {
    alice =
        register(
            TestForms.customer("alice")
                .names("Alice", "Wanjiku")
                .job("Fleet manager")
                .dateOfBirth("1990-03-10")
                .phone("+254701000001"));
    register(
        TestForms.customer("bob")
            .names("Bob", "Otieno")
            .job("Taxi driver")
            .dateOfBirth("1990-03-11")
            .phone("+254701000002"));
    register(
        TestForms.customer("carol")
            .names("Carol", "Wanjiru")
            .job("Mechanic's apprentice")
            .dateOfBirth("1989-03-11")
            .phone("+254701000003"));
    staff = TestAccounts.staff(motorhub, "stella");
  }

  private Registered register(AccountFormBuilder form) {
    return motorhub.accounts().registerAccount().register(form.build());
  }

  private List<String> search(CustomerQuery query) {
    return motorhub
        .customers()
        .viewCustomers()
        .search(staff, query, PageRequest.first(100))
        .items()
        .stream()
        .map(r -> r.account().orElseThrow().username().value())
        .toList();
  }

  @Test
  void aCustomerReadsTheirOwnProfileWithTheirAccount() {
    CustomerId id = alice.account().customer().orElseThrow().id();

    CustomerRecord record =
        motorhub.customers().viewCustomers().get(TestAccounts.principal(motorhub, alice), id);

    assertThat(record.customer().id()).isEqualTo(id);
    assertThat(record.account().orElseThrow().id()).isEqualTo(alice.account().user().id());
    assertThat(record.customer().age(java.time.LocalDate.of(2025, 3, 10))).hasValue(35);
  }

  @Test
  void anotherCustomersProfile_isNotFoundRatherThanForbidden() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.logIn(motorhub, "bob").tokens());
    CustomerId alices = alice.account().customer().orElseThrow().id();

    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.customers().viewCustomers().get(bob, alices))
        .withMessage("Customer not found.");
  }

  @Test
  void staffReadAnyProfile() {
    CustomerId alices = alice.account().customer().orElseThrow().id();

    assertThat(
            motorhub
                .customers()
                .viewCustomers()
                .get(staff, alices)
                .account()
                .orElseThrow()
                .username()
                .value())
        .isEqualTo("alice");
  }

  @Test
  void staffSearchByPartOfTheFirstOrLastNameRegardlessOfCase() {
    assertThat(search(new CustomerQuery("ALI", null, null, null, null))).containsExactly("alice");
    assertThat(search(new CustomerQuery(null, "wanji", null, null, null)))
        .containsExactly("alice", "carol");
    assertThat(search(new CustomerQuery("bob", "otieno", null, null, null))).containsExactly("bob");
  }

  @Test
  void staffSearchByPartOfTheJob() {
    assertThat(search(new CustomerQuery(null, null, "driver", null, null))).containsExactly("bob");
    assertThat(search(new CustomerQuery(null, null, "MANAGER", null, null)))
        .containsExactly("alice");
  }

  @Test
  void staffSearchByAge_onTheDayOfTheSearch() {
    assertThat(search(new CustomerQuery(null, null, null, "35", null)))
        .containsExactly("alice", "carol");
    assertThat(search(new CustomerQuery(null, null, null, "34", null))).containsExactly("bob");

    clock.advance(java.time.Duration.ofDays(1));

    assertThat(search(new CustomerQuery(null, null, null, "35", null)))
        .containsExactly("alice", "bob");
    assertThat(search(new CustomerQuery(null, null, null, "36", null))).containsExactly("carol");
  }

  @Test
  void staffSearchByPhoneNumber_asTypedWithSeparators() {
    assertThat(search(new CustomerQuery(null, null, null, null, "+254 701 000 002")))
        .containsExactly("bob");
    assertThat(search(new CustomerQuery(null, null, null, null, "+254701000009"))).isEmpty();
  }

  @Test
  void badSearchValues_areInvalidInput() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> search(new CustomerQuery(null, null, null, "old", null)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("age"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> search(new CustomerQuery(null, null, null, "-1", null)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("age"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> search(new CustomerQuery(null, null, null, null, "555-1234")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("phone_number"));
  }

  @Test
  void allCustomers_comeAPageAtATime() {
    Page<CustomerRecord> first =
        motorhub
            .customers()
            .viewCustomers()
            .search(staff, CustomerQuery.all(), PageRequest.first(2));
    Page<CustomerRecord> second =
        motorhub
            .customers()
            .viewCustomers()
            .search(
                staff,
                CustomerQuery.all(),
                PageRequest.parse("2", first.nextCursor().orElseThrow()));

    assertThat(first.items())
        .extracting(r -> r.account().orElseThrow().username().value())
        .containsExactly("alice", "bob");
    assertThat(second.items())
        .extracting(r -> r.account().orElseThrow().username().value())
        .containsExactly("carol");
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void aCustomer_mayNotSearchCustomers() {
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () ->
                motorhub
                    .customers()
                    .viewCustomers()
                    .search(
                        TestAccounts.principal(motorhub, alice),
                        CustomerQuery.all(),
                        PageRequest.first(10)));
  }
}
