package dev.motorhub.domain.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Brands from the issuer ranges, at the edges of each range. */
class CardNetworksTest {

  @ParameterizedTest(name = "{0} ({1} digits) is {2}")
  @CsvSource({
    "4,      16, VISA",
    "4,      13, VISA",
    "4,      19, VISA",
    "34,     15, AMEX",
    "37,     15, AMEX",
    "51,     16, MASTERCARD",
    "55,     16, MASTERCARD",
    "2221,   16, MASTERCARD",
    "2500,   16, MASTERCARD",
    "2720,   16, MASTERCARD",
    "2220,   16, OTHER",
    "2721,   16, OTHER",
    "6011,   16, DISCOVER",
    "644,    16, DISCOVER",
    "649,    16, DISCOVER",
    "65,     16, DISCOVER",
    "622126, 16, DISCOVER",
    "622925, 16, DISCOVER",
    "622125, 16, UNIONPAY",
    "62,     19, UNIONPAY",
    "3528,   16, JCB",
    "3589,   16, JCB",
    "3527,   16, OTHER",
    "300,    14, DINERS",
    "305,    14, DINERS",
    "36,     14, DINERS",
    "38,     16, DINERS",
    "50,     16, MAESTRO",
    "6304,   12, MAESTRO",
    "67,     19, MAESTRO",
    "9,      16, OTHER",
    "1,      12, OTHER",
  })
  void theBrand_followsTheLeadingDigits(String prefix, int length, CardBrand brand) {
    CardNumber number = new CardNumber(TestCardNumbers.withCheckDigit(prefix, length));

    assertThat(number.brand()).isEqualTo(brand);
  }

  @ParameterizedTest(name = "{0}: {1} digits fit = {2}")
  @CsvSource({
    "AMEX,       15, true",
    "AMEX,       16, false",
    "VISA,       16, true",
    "VISA,       15, false",
    "MASTERCARD, 16, true",
    "MASTERCARD, 19, false",
    "DISCOVER,   19, true",
    "DISCOVER,   15, false",
    "DINERS,     14, true",
    "MAESTRO,    12, true",
    "OTHER,      19, true",
  })
  void eachNetwork_hasItsLengths(CardBrand brand, int length, boolean fits) {
    assertThat(CardNetworks.fitsLength(brand, length)).isEqualTo(fits);
  }
}
