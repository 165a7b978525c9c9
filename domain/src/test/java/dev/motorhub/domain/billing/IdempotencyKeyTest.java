package dev.motorhub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {
  private static final String REQUEST = "invoice=1;card=2;amount=50.00";

  @ParameterizedTest
  @ValueSource(strings = {"0190a3f2-7c4e-7b1a-9f00-3c2d1e0f4a5b", "k", "pay:2025/03#1~!"})
  void aKey_isOneTo255VisibleAsciiCharacters(String key) {
    assertThat(new IdempotencyKey(key, REQUEST).key()).isEqualTo(key);
    assertThat(new IdempotencyKey("k".repeat(255), REQUEST).key()).hasSize(255);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " key", "key ", "a key", "tab\tkey", "clé", "line\nbreak"})
  void anyOtherKey_isRefusedOnTheIdempotencyKeyHeader(String key) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new IdempotencyKey(key, REQUEST))
        .satisfies(
            e ->
                assertThat(e.errors().get("Idempotency-Key"))
                    .containsExactly("Use 1 to 255 visible ASCII characters, such as a UUID."));
  }

  @Test
  void aKeyOf256Characters_isRefused() {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new IdempotencyKey("k".repeat(256), REQUEST));
  }

  @Test
  void theSameKeyWithAnotherRequest_isAnotherKey() {
    assertThat(new IdempotencyKey("k1", REQUEST)).isEqualTo(new IdempotencyKey("k1", REQUEST));
    assertThat(new IdempotencyKey("k1", REQUEST))
        .isNotEqualTo(new IdempotencyKey("k1", "invoice=1;card=2;amount=60.00"));
  }

  @Test
  void theRequest_isRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> new IdempotencyKey("k1", null));
  }
}
