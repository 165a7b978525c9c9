package dev.motorhub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceSourceTest {
  private static final UUID REF = TestInvoices.uuid(0x99);

  @ParameterizedTest
  @ValueSource(strings = {"lease_exposure", "trade_deal", "service_request", "ab"})
  void aSource_isALowerCaseKindAndAReference(String kind) {
    InvoiceSource source = new InvoiceSource(kind, REF);
    assertThat(source.kind()).isEqualTo(kind);
    assertThat(source.reference()).isEqualTo(REF);
  }

  @Test
  void theSameKindAndReference_areTheSameSource() {
    assertThat(new InvoiceSource("trade_deal", REF))
        .isEqualTo(new InvoiceSource("trade_deal", REF));
    assertThat(new InvoiceSource("trade_deal", REF))
        .isNotEqualTo(new InvoiceSource("lease_exposure", REF));
  }

  @Test
  void aKindOfUpToFortyCharacters_isAllowed() {
    assertThat(new InvoiceSource("k".repeat(40), REF).kind()).hasSize(40);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new InvoiceSource("k".repeat(41), REF));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "a", "Lease_exposure", "lease-exposure", "_lease", "lease2", "lease exposure"})
  void anyOtherKind_isRefused(String kind) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new InvoiceSource(kind, REF));
  }

  @Test
  void aReference_isRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new InvoiceSource("trade_deal", null));
  }
}
