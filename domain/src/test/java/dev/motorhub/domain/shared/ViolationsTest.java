package dev.motorhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void aMissingOrBlankValue_isRequired_andEveryBadFieldIsNamedAtOnce() {
    Violations violations = new Violations().require(null, "cost").require("  ", "description");

    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(violations::throwIfAny)
        .satisfies(
            e ->
                assertThat(e.errors())
                    .isEqualTo(
                        Map.of(
                            "cost", List.of("This field is required."),
                            "description", List.of("This field is required."))));
  }

  @Test
  void aValueThatCouldNotBeRead_isNotAlsoCalledMissing() {
    Violations violations = new Violations();
    String read =
        violations.capture(
            () -> {
              throw InvalidInput.of("description", "Not a valid string.");
            });

    violations.require(read, "description");

    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(violations::throwIfAny)
        .satisfies(
            e ->
                assertThat(e.errors())
                    .isEqualTo(Map.of("description", List.of("Not a valid string."))));
  }

  @Test
  void presentValues_leaveNothingToThrow() {
    Violations violations = new Violations().require("12.50", "cost");

    assertThat(violations.isEmpty()).isTrue();
    violations.throwIfAny();
  }
}
