package dev.motorhub.domain.carcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.RuleViolated;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Work status follows attendance and jobs. */
class WorkStatusPolicyTest {
  private final WorkStatusPolicy policy = new WorkStatusPolicy();

  @Test
  void absentToday_isOff_whateverElse() {
    assertThat(policy.imposed(Optional.of(AttendanceStatus.ABSENT), true)).contains(WorkStatus.OFF);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(
            () -> policy.require(WorkStatus.AVAILABLE, Optional.of(AttendanceStatus.ABSENT), false))
        .withMessageContaining("absent");
  }

  @Test
  void aJobInProgress_isBusy() {
    assertThat(policy.imposed(Optional.of(AttendanceStatus.PRESENT), true))
        .contains(WorkStatus.BUSY);
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> policy.require(WorkStatus.OFF, Optional.empty(), true))
        .withMessageContaining("in progress");
  }

  @Test
  void otherwise_theMechanicChooses() {
    assertThat(policy.imposed(Optional.of(AttendanceStatus.PRESENT), false)).isEmpty();
    policy.require(WorkStatus.OFF, Optional.of(AttendanceStatus.PRESENT), false);
    policy.require(WorkStatus.BUSY, Optional.empty(), false);
  }
}
