package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateOfBirthTest {

  @Test
  void isoDates_parse_andBlankIsNoDate() {
    assertThat(DateOfBirth.parse(" 1990-05-01 ")).contains(LocalDate.of(1990, 5, 1));
    assertThat(DateOfBirth.parse("")).isEmpty();
    assertThat(DateOfBirth.parse(null)).isEmpty();
  }

  @Test
  void otherShapes_areInvalidOnDob() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> DateOfBirth.parse("01/05/1990"))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("dob"));
  }
}
