package dev.motorhub.domain.carcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one rule on the date a request, opened or revised, asks for. */
class RequestableDateTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  private final CarCarePolicy policy = new CarCarePolicy();

  @Test
  void todayAndLater_areRequestable_yesterdayIsRefusedOnRequestedDate() {
    assertThatCode(() -> policy.requireRequestableDate(TODAY, TODAY)).doesNotThrowAnyException();
    assertThatCode(() -> policy.requireRequestableDate(TODAY.plusDays(30), TODAY))
        .doesNotThrowAnyException();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> policy.requireRequestableDate(TODAY.minusDays(1), TODAY))
        .satisfies(refused -> assertThat(refused.errors()).containsKey("requested_date"));
  }
}
