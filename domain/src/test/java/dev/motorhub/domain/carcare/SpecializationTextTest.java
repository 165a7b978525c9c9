package dev.motorhub.domain.carcare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A registered mechanic's free text, read against the catalogue. */
class SpecializationTextTest {
  @Test
  void codesAndNames_inAnyCaseAndSpacing_commaOrSemicolonSeparated_nameTheirKinds() {
    assertThat(
            SpecializationText.kindsNamed(
                "Oil change,  BRAKE_SERVICE ; engine-repair", ServiceKind.DEFAULTS))
        .extracting(ServiceKindCode::value)
        .containsExactly("oil_change", "brake_service", "engine_repair");
  }

  @Test
  void wordsThatNameNoKind_nameNothing() {
    assertThat(SpecializationText.kindsNamed("Transmissions, vintage cars", ServiceKind.DEFAULTS))
        .isEmpty();
    assertThat(SpecializationText.kindsNamed("", ServiceKind.DEFAULTS)).isEmpty();
    assertThat(SpecializationText.kindsNamed("Diagnostics and more", ServiceKind.DEFAULTS))
        .isEmpty();
  }
}
