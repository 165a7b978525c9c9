package dev.motorhub.application.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.motorhub.application.support.TestCards;
import dev.motorhub.domain.customers.CardNumber;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CardFingerprinterTest {
  private static final byte[] KEY =
      "a-card-fingerprint-key-of-32-bytes!".getBytes(StandardCharsets.UTF_8);

  @Test
  void oneCard_hasOneFingerprint_howeverItIsTyped() {
    CardFingerprinter fingerprinter = new CardFingerprinter(KEY);

    assertThat(fingerprinter.fingerprint(new CardNumber("4242 4242 4242 4242")))
        .isEqualTo(fingerprinter.fingerprint(new CardNumber(TestCards.VISA)))
        .hasSize(64)
        .matches("[0-9a-f]{64}")
        .doesNotContain("4242");
  }

  @Test
  void theFingerprint_isTheHmacSha256OfTheDigits() {
    // printf 4242424242424242 | openssl dgst -sha256 -hmac a-card-fingerprint-key-of-32-bytes!
    assertThat(new CardFingerprinter(KEY).fingerprint(new CardNumber(TestCards.VISA)))
        .isEqualTo("46ba3faf682f13b1b216def40ed6d36eda7eb0c2fcca01e412888f663a982069");
  }

  @Test
  void anotherCard_orAnotherKey_givesAnotherFingerprint() {
    CardFingerprinter one = new CardFingerprinter(KEY);
    CardFingerprinter other =
        new CardFingerprinter("another-key-that-is-32-bytes-long".getBytes(StandardCharsets.UTF_8));

    assertThat(one.fingerprint(new CardNumber(TestCards.VISA)))
        .isNotEqualTo(one.fingerprint(new CardNumber(TestCards.MASTERCARD)))
        .isNotEqualTo(other.fingerprint(new CardNumber(TestCards.VISA)));
  }

  @Test
  void aShortKey_isRefused_andTheKeyNeverShows() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CardFingerprinter("too-short".getBytes(StandardCharsets.UTF_8)));
    assertThatIllegalArgumentException().isThrownBy(() -> new CardFingerprinter(null));
    assertThat(new CardFingerprinter(KEY).toString()).doesNotContain("fingerprint-key");
  }

  @Test
  void randomKeys_differ() {
    CardNumber number = new CardNumber(TestCards.VISA);

    assertThat(CardFingerprinter.withRandomKey().fingerprint(number))
        .isNotEqualTo(CardFingerprinter.withRandomKey().fingerprint(number));
  }
}
