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

class StandaloneCustomerTest {
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  private static Customer boss() {
    return Customer.standalone(
        new CustomerId(UUID.randomUUID()),
        new CustomerName(" boss "),
        new PhoneNumber("+254701036054"),
        NOW);
  }

  @Test
  void aStandaloneCustomer_hasItsNameAndPhoneAndNoAccount() {
    Customer boss = boss();
    assertThat(boss.account()).isEmpty();
    assertThat(boss.name()).contains(new CustomerName("boss"));
    assertThat(boss.details().phone()).contains(new PhoneNumber("+254701036054"));
    assertThat(boss.createdAt()).isEqualTo(NOW).isEqualTo(boss.updatedAt());
  }

  @Test
  void aNameOfFiftyCharacters_isKept_andOneOfFiftyOne_isRefusedOnName() {
    assertThat(new CustomerName("x".repeat(50)).value()).hasSize(50);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new CustomerName("x".repeat(51)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new CustomerName("  "))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name"));
  }

  @Test
  void aStandaloneCustomer_keepsAPhone() {
    Customer boss = boss();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> boss.withDetails(boss.details().withPhone(Optional.empty()), TODAY, NOW))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("phone_number"));
  }

  @Test
  void renaming_changesAStandaloneCustomersName_andMovesUpdatedAt() {
    Instant later = NOW.plusSeconds(5);
    Customer renamed = boss().renamed(new CustomerName("bosslady"), later);
    assertThat(renamed.name()).contains(new CustomerName("bosslady"));
    assertThat(renamed.updatedAt()).isEqualTo(later);
    assertThat(renamed.createdAt()).isEqualTo(NOW);
  }

  @Test
  void anAccountsProfile_isNamedByItsAccount_notByName() {
    Customer profile =
        Customer.create(
            new CustomerId(UUID.randomUUID()),
            new UserId(UUID.randomUUID()),
            CustomerDetails.none(),
            TODAY,
            NOW);
    assertThat(profile.name()).isEmpty();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> profile.renamed(new CustomerName("x"), NOW))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name"));
  }
}
