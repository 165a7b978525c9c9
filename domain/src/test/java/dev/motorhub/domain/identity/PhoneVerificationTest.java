package dev.motorhub.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.PhoneVerification.Confirmation;
import dev.motorhub.domain.shared.Throttled;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PhoneVerificationTest {
  private static final PhoneVerificationPolicy POLICY = PhoneVerificationPolicy.DEFAULT;
  private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
  private static final UserId USER =
      new UserId(UUID.fromString("0190a000-0000-7000-8000-000000000001"));
  private static final PhoneNumber PHONE = new PhoneNumber("+254701036054");
  private static final Optional<Phone> ON_ACCOUNT = Optional.of(PHONE);

  private final PhoneVerification sent =
      PhoneVerification.codeSent(USER, PHONE, PhoneVerification.digest(USER, "123456"), T0, POLICY);

  private static String digest(String code) {
    return PhoneVerification.digest(USER, code);
  }

  @Test
  void theRightCodeInTime_verifiesThePhone_andEndsTheCode() {
    Confirmation outcome = sent.confirm(digest("123456"), ON_ACCOUNT, T0.plusSeconds(60), POLICY);

    assertThat(outcome).isInstanceOf(Confirmation.Verified.class);
    PhoneVerification verified = ((Confirmation.Verified) outcome).state();
    assertThat(verified.verifies(ON_ACCOUNT)).isTrue();
    assertThat(verified.code()).isEmpty();
    assertThat(sent.verifies(ON_ACCOUNT)).isFalse();
  }

  @Test
  void aWrongCode_isCounted_andAfterFiveTheRightOneNoLongerVerifies() {
    PhoneVerification state = sent;
    for (int left = 4; left >= 0; left--) {
      Confirmation outcome = state.confirm(digest("000000"), ON_ACCOUNT, T0, POLICY);
      assertThat(outcome).isInstanceOf(Confirmation.Wrong.class);
      assertThat(((Confirmation.Wrong) outcome).attemptsLeft()).isEqualTo(left);
      state = ((Confirmation.Wrong) outcome).state();
    }

    assertThat(state.confirm(digest("123456"), ON_ACCOUNT, T0, POLICY))
        .isInstanceOf(Confirmation.Exhausted.class);
  }

  @Test
  void aCodeAtOrPastItsExpiry_isExpired() {
    assertThat(sent.confirm(digest("123456"), ON_ACCOUNT, T0.plus(Duration.ofMinutes(10)), POLICY))
        .isInstanceOf(Confirmation.Expired.class);
  }

  @Test
  void aChangedPhone_isNotVerified_andTheOldNumbersCodeConfirmsNothing() {
    Optional<Phone> changed = Optional.of(new PhoneNumber("+254701036055"));
    PhoneVerification verified =
        new PhoneVerification(USER, PHONE, Optional.empty(), Optional.of(T0));

    assertThat(verified.verifies(changed)).isFalse();
    assertThat(verified.verifies(Optional.empty())).isFalse();
    assertThat(sent.confirm(digest("123456"), changed, T0, POLICY))
        .isInstanceOf(Confirmation.NoCode.class);
  }

  @Test
  void anotherCode_waitsAMinuteAfterTheLast_toTheSameNumber() {
    assertThatExceptionOfType(Throttled.class)
        .isThrownBy(() -> POLICY.requireMaySend(Optional.of(sent), PHONE, T0.plusSeconds(20)))
        .satisfies(t -> assertThat(t.retryAfter()).isEqualTo(Duration.ofSeconds(40)));
    assertThatCode(() -> POLICY.requireMaySend(Optional.of(sent), PHONE, T0.plusSeconds(60)))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                POLICY.requireMaySend(
                    Optional.of(sent), new PhoneNumber("+254701036055"), T0.plusSeconds(1)))
        .doesNotThrowAnyException();
  }

  @Test
  void theDigest_neitherIsTheCode_norIsTheSameForAnotherAccount() {
    UserId other = new UserId(UUID.fromString("0190a000-0000-7000-8000-000000000002"));

    assertThat(digest("123456")).doesNotContain("123456").hasSize(64);
    assertThat(PhoneVerification.digest(other, "123456")).isNotEqualTo(digest("123456"));
  }
}
