package dev.motorhub.domain.marketplace;

import static dev.motorhub.domain.marketplace.TestTrades.OPENED_AT;
import static dev.motorhub.domain.marketplace.TestTrades.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceOfferingTest {
  private static final ServiceId ID = TestTrades.LEASE_SERVICE;
  private static final Instant LATER = OPENED_AT.plusSeconds(3600);

  private static ServiceOffering offering(String name, Money fee, String description) {
    return new ServiceOffering(
        ID, ServiceKind.LEASE, name, fee, description, true, OPENED_AT, OPENED_AT);
  }

  @Test
  void aService_keepsItsTermsWithTheTextTrimmed() {
    ServiceOffering service = offering("  Standard lease ", usd("50"), "  Listed for 30 days ");
    assertThat(service.name()).isEqualTo("Standard lease");
    assertThat(service.description()).isEqualTo("Listed for 30 days");
    assertThat(service.fee()).isEqualTo(usd("50.00"));
    assertThat(service.kind()).isEqualTo(ServiceKind.LEASE);
    assertThat(service.active()).isTrue();
  }

  @Test
  void aDescription_isOptional() {
    assertThat(offering("Standard lease", usd("50"), null).description()).isEmpty();
  }

  @Test
  void aFreeService_isAllowed() {
    assertThat(offering("Free listing", usd("0"), "").fee().amount()).isZero();
  }

  @Test
  void aNegativeFee_isRefusedOnTheFeeField() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> offering("Standard lease", usd("-0.01"), ""))
        .satisfies(
            e ->
                assertThat(e.errors().get("fee"))
                    .containsExactly("Ensure this value is greater than or equal to 0."));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void aName_isRequired(String name) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> offering(name, usd("50"), ""))
        .satisfies(
            e -> assertThat(e.errors().get("name")).containsExactly("This field is required."));
  }

  @Test
  void aNameOrDescriptionTooLong_isRefused() {
    assertThat(offering("x".repeat(100), usd("50"), "y".repeat(2000)).name()).hasSize(100);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> offering("x".repeat(101), usd("50"), ""))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> offering("Standard lease", usd("50"), "y".repeat(2001)))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("description"));
  }

  @Test
  void anIdAKindAndAFee_areRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () ->
                new ServiceOffering(
                    null, ServiceKind.LEASE, "n", usd("1"), "", true, OPENED_AT, OPENED_AT));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(
            () -> new ServiceOffering(ID, null, "n", usd("1"), "", true, OPENED_AT, OPENED_AT));
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> offering("Standard lease", null, ""));
  }

  @Test
  void revise_changesTheTermsAndKeepsIdKindAndCreation() {
    ServiceOffering service = offering("Standard lease", usd("50"), "");
    ServiceOffering revised =
        service.revise(" Premium lease ", usd("75.50"), "More views", false, LATER);
    assertThat(revised.id()).isEqualTo(ID);
    assertThat(revised.kind()).isEqualTo(ServiceKind.LEASE);
    assertThat(revised.createdAt()).isEqualTo(OPENED_AT);
    assertThat(revised.updatedAt()).isEqualTo(LATER);
    assertThat(revised.name()).isEqualTo("Premium lease");
    assertThat(revised.fee()).isEqualTo(usd("75.50"));
    assertThat(revised.description()).isEqualTo("More views");
    assertThat(revised.active()).isFalse();
    assertThat(service.name()).as("the original is unchanged").isEqualTo("Standard lease");
  }

  @Test
  void revise_checksTheNewTermsToo() {
    ServiceOffering service = offering("Standard lease", usd("50"), "");
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> service.revise("Standard lease", usd("-1"), "", true, LATER))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("fee"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> service.revise(" ", usd("1"), "", true, LATER))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("name"));
  }
}
