package dev.motorhub.application.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.accounts.RegisterAccount.Registered;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateCustomerTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private Registered alice;
  private CustomerId profile;

  @BeforeEach
  void aliceHasRegistered() {
    alice = TestAccounts.register(motorhub, "alice");
    profile = alice.account().customer().orElseThrow().id();
    clock.advance(Duration.ofMinutes(10));
  }

  private CustomerRecord update(Principal principal, CustomerChanges changes) {
    return motorhub
        .customers()
        .updateCustomer()
        .update(new UpdateCustomer.Command(principal, profile, changes));
  }

  @Test
  void aCustomerChangesTheirProfile_andTheNamesOnTheirAccount() {
    CustomerRecord record =
        update(
            TestAccounts.principal(motorhub, alice),
            new CustomerChanges(
                "Alicia",
                "Kamau",
                "Logistics lead",
                null,
                "1991-01-02",
                null,
                "Mombasa",
                null,
                null,
                null));

    assertThat(record.account().orElseThrow().firstName()).isEqualTo("Alicia");
    assertThat(record.account().orElseThrow().lastName()).isEqualTo("Kamau");
    assertThat(record.customer().details().job()).isEqualTo("Logistics lead");
    assertThat(record.customer().details().city()).isEqualTo("Mombasa");
    assertThat(record.customer().details().dateOfBirth()).contains(LocalDate.of(1991, 1, 2));
    assertThat(record.customer().details().address())
        .as("left out, kept")
        .isEqualTo("12 Moi Avenue");
    assertThat(record.customer().updatedAt()).isEqualTo(clock.instant());
    var account = motorhub.store().users().findById(alice.account().user().id()).orElseThrow();
    assertThat(account.firstName()).isEqualTo("Alicia");
    assertThat(account.lastName()).isEqualTo("Kamau");
    assertThat(motorhub.store().customers().findById(profile)).contains(record.customer());
  }

  @Test
  void profileOnlyChanges_leaveTheAccountAlone() {
    long version = alice.account().user().version();

    CustomerRecord record =
        update(
            TestAccounts.principal(motorhub, alice),
            new CustomerChanges(
                null, null, null, "Call after 5pm", null, null, null, null, null, null));

    assertThat(record.customer().details().notes()).isEqualTo("Call after 5pm");
    assertThat(
            motorhub
                .store()
                .users()
                .findById(record.account().orElseThrow().id())
                .orElseThrow()
                .version())
        .isEqualTo(version);
  }

  @Test
  void staffChangeACustomersProfile() {
    CustomerRecord record =
        update(
            TestAccounts.staff(motorhub, "stella"),
            new CustomerChanges(null, null, "Driver", null, null, null, null, null, null, null));

    assertThat(record.customer().details().job()).isEqualTo("Driver");
  }

  @Test
  void anotherCustomersProfile_isNotFound() {
    Principal bob = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));

    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(
            () ->
                update(
                    bob,
                    new CustomerChanges(
                        "Hacked", null, null, null, null, null, null, null, null, null)));
    assertThat(
            motorhub
                .store()
                .users()
                .findById(alice.account().user().id())
                .orElseThrow()
                .firstName())
        .isEqualTo("Alice");
  }

  @Test
  void badDatesAndPhones_areReportedTogether() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                update(
                    TestAccounts.principal(motorhub, alice),
                    new CustomerChanges(
                        null,
                        null,
                        null,
                        null,
                        "02/01/1991",
                        null,
                        null,
                        null,
                        null,
                        "0704044033")))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("dob", "phone_number"));
  }

  @Test
  void aDateOfBirthInTheFuture_isRefusedAndNothingChanges() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                update(
                    TestAccounts.principal(motorhub, alice),
                    new CustomerChanges(
                        "Changed", null, null, null, "2030-01-01", null, null, null, null, null)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("dob"));
    assertThat(
            motorhub
                .store()
                .users()
                .findById(alice.account().user().id())
                .orElseThrow()
                .firstName())
        .isEqualTo("Alice");
  }
}
