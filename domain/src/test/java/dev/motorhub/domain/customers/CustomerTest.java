package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  private static CustomerDetails bornOn(LocalDate dob) {
    return new CustomerDetails(
        "Fleet manager",
        "Prefers SMS",
        Optional.ofNullable(dob),
        "12 Moi Avenue",
        "Nairobi",
        "Nairobi County",
        "00100",
        Optional.of(new PhoneNumber("+254700000001")));
  }

  private static Customer customerBornOn(LocalDate dob) {
    return Customer.create(
        new CustomerId(UUID.randomUUID()), new UserId(UUID.randomUUID()), bornOn(dob), TODAY, NOW);
  }

  @ParameterizedTest(name = "born {0}: {1} on 2025-03-10")
  @CsvSource({
    "1990-03-10, 35",
    "1990-03-11, 34",
    "1989-03-11, 35",
    "2025-03-10, 0",
    "2000-02-29, 25",
  })
  void age_isTheWholeYearsSinceBirthOnTheDayAsked(LocalDate dob, int age) {
    assertThat(customerBornOn(dob).age(TODAY)).hasValue(age);
  }

  @Test
  void age_growsOnTheBirthday() {
    Customer customer = customerBornOn(LocalDate.of(1990, 6, 1));
    assertThat(customer.age(LocalDate.of(2025, 5, 31))).hasValue(34);
    assertThat(customer.age(LocalDate.of(2025, 6, 1))).hasValue(35);
  }

  @Test
  void withoutADateOfBirth_theAgeIsUnknown() {
    assertThat(customerBornOn(null).age(TODAY)).isEmpty();
  }

  @Test
  void aDateOfBirthInTheFuture_isRefused() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> customerBornOn(TODAY.plusDays(1)))
        .satisfies(
            e ->
                assertThat(e.errors().get("dob"))
                    .containsExactly("The date of birth cannot be in the future."));
  }

  @Test
  void changingTheDetailsToAFutureDateOfBirth_isRefusedToo() {
    Customer customer = customerBornOn(LocalDate.of(1990, 1, 1));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> customer.withDetails(bornOn(TODAY.plusYears(1)), TODAY, NOW))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("dob"));
  }

  @Test
  void withDetails_keepsIdentityAndCreationAndMovesUpdatedAt() {
    Customer customer = customerBornOn(LocalDate.of(1990, 1, 1));
    Instant later = NOW.plusSeconds(60);
    Customer changed = customer.withDetails(bornOn(LocalDate.of(1991, 2, 2)), TODAY, later);
    assertThat(changed.id()).isEqualTo(customer.id());
    assertThat(changed.account()).isEqualTo(customer.account());
    assertThat(changed.createdAt()).isEqualTo(NOW);
    assertThat(changed.updatedAt()).isEqualTo(later);
    assertThat(changed.details().dateOfBirth()).contains(LocalDate.of(1991, 2, 2));
  }

  @Test
  void aDateOfBirthBefore1900_isRefused() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> bornOn(LocalDate.of(1899, 12, 31)))
        .satisfies(
            e ->
                assertThat(e.errors().get("dob"))
                    .containsExactly("Enter a date of birth after 1900-01-01."));
  }

  @Test
  void freeTextIsTrimmedAndBounded() {
    CustomerDetails details =
        new CustomerDetails("  Driver  ", null, Optional.empty(), "", "", "", "", Optional.empty());
    assertThat(details.job()).isEqualTo("Driver");
    assertThat(details.notes()).isEmpty();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () ->
                new CustomerDetails(
                    "x".repeat(201), "", Optional.empty(), "", "", "", "", Optional.empty()))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("job"));
  }
}
