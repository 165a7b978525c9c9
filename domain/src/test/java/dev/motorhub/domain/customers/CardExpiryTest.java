package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardExpiryTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "12/27,    2027-12",
    "01/2030,  2030-01",
    "1/30,     2030-01",
    "' 07 / 29 ', 2029-07",
  })
  void text_isMonthSlashYear(String text, YearMonth expiry) {
    assertThat(CardExpiry.parse(text)).isEqualTo(expiry);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "13/27", "00/27", "12-27", "1227", "12/2", "12/20277", "aa/bb"})
  void badText_isInvalidOnExpiry(String text) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> CardExpiry.parse(text))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys("expiry"));
  }

  @Test
  void aSeparateMonthAndYear_takeTwoOrFourDigitYears() {
    assertThat(CardExpiry.of(3, 28)).isEqualTo(YearMonth.of(2028, 3));
    assertThat(CardExpiry.of(3, 2028)).isEqualTo(YearMonth.of(2028, 3));
  }

  @ParameterizedTest(name = "{0}/{1} is invalid on {2}")
  @CsvSource({"0, 2028, exp_month", "13, 2028, exp_month", "3, 202, exp_year", "3, -1, exp_year"})
  void aBadMonthOrYear_isInvalidOnItsField(int month, int year, String field) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> CardExpiry.of(month, year))
        .satisfies(invalid -> assertThat(invalid.errors()).containsOnlyKeys(field));
  }

  @Test
  void aCard_isUsableThroughTheLastDayOfItsMonth() {
    YearMonth march = YearMonth.of(2025, 3);
    CreditCard card =
        new CreditCard(
            new CardId(UUID.randomUUID()),
            new UserId(UUID.randomUUID()),
            CardBrand.VISA,
            "4242",
            march,
            "Alice",
            "fp",
            Instant.EPOCH);

    assertThat(CardExpiry.requireUsable(march, LocalDate.of(2025, 3, 31))).isEqualTo(march);
    assertThat(card.isExpiredOn(LocalDate.of(2025, 3, 31))).isFalse();
    assertThat(card.isExpiredOn(LocalDate.of(2025, 4, 1))).isTrue();
  }

  @Test
  void aPastMonth_isAnExpiredCard() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> CardExpiry.requireUsable(YearMonth.of(2025, 2), LocalDate.of(2025, 3, 1)))
        .satisfies(
            invalid ->
                assertThat(invalid.errors().get("expiry")).contains("This card has expired."));
  }

  @Test
  void moreThanTwentyYearsAhead_isNoCardsExpiry() {
    LocalDate today = LocalDate.of(2025, 3, 10);

    assertThat(CardExpiry.requireUsable(YearMonth.of(2045, 3), today))
        .isEqualTo(YearMonth.of(2045, 3));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> CardExpiry.requireUsable(YearMonth.of(2045, 4), today));
  }
}
