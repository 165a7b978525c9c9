package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  private static LeadDetails named(String first, String last, LocalDate dob) {
    return new LeadDetails(first, last, "Website", "Wants a pickup", Optional.ofNullable(dob));
  }

  private static Lead register(LeadDetails details) {
    return Lead.register(new LeadId(UUID.randomUUID()), details, TODAY, NOW);
  }

  @Test
  void aLead_needsAFirstOrALastName() {
    assertThat(register(named("Kim", "", null)).details().firstName()).isEqualTo("Kim");
    assertThat(register(named("", "Otieno", null)).details().lastName()).isEqualTo("Otieno");
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> register(named("  ", "", null)))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("first_name"));
  }

  @Test
  void theDateOfBirth_isNeitherInTheFutureNorBefore1900() {
    assertThat(register(named("Kim", "", TODAY)).details().dateOfBirth()).contains(TODAY);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> register(named("Kim", "", TODAY.plusDays(1))))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("dob"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> named("Kim", "", LocalDate.of(1899, 12, 31)))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("dob"));
  }

  @Test
  void theDetails_areTrimmedAndBounded() {
    LeadDetails details = new LeadDetails(" Kim ", "", " Fair ", " Call ", Optional.empty());

    assertThat(details).isEqualTo(new LeadDetails("Kim", "", "Fair", "Call", Optional.empty()));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new LeadDetails("Kim", "", "s".repeat(101), "", Optional.empty()))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("source"));
  }

  @Test
  void revising_keepsTheRulesAndTheCreation() {
    Lead lead = register(named("Kim", "", null));

    Lead revised = lead.revised(named("Kim", "Otieno", null), TODAY, NOW.plusSeconds(60));

    assertThat(revised.details().lastName()).isEqualTo("Otieno");
    assertThat(revised.createdAt()).isEqualTo(NOW);
    assertThat(revised.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> lead.revised(LeadDetails.none(), TODAY, NOW));
  }
}
