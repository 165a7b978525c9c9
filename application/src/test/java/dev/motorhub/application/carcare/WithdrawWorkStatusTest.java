package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Staff withdraw a mechanic's latest status change; the one before it is their status again. */
class WithdrawWorkStatusTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 9, 4, OIL);
  private final Principal moIn = shop.signedIn(mo);

  private WorkStatusChange set(Principal by, WorkStatus status) {
    return shop.motorhub
        .carCare()
        .setWorkStatus()
        .set(new SetWorkStatus.Command(by, mo.id(), status));
  }

  private void withdraw(Principal by, WorkStatusChange change) {
    shop.motorhub
        .carCare()
        .withdrawWorkStatus()
        .withdraw(new WithdrawWorkStatus.Command(by, change.id()));
  }

  private WorkStatus current() {
    return shop.motorhub
        .carCare()
        .viewMechanics()
        .get(shop.staff, mo.id())
        .status()
        .orElseThrow()
        .status();
  }

  @Test
  void theLatestChangeWithdrawn_leavesTheOneBefore_earlierOnesAreHistory() {
    WorkStatusChange available = set(moIn, WorkStatus.AVAILABLE);
    WorkStatusChange off = set(shop.staff, WorkStatus.OFF);

    refused(Forbidden.class, () -> withdraw(moIn, off));
    refused(RuleViolated.class, () -> withdraw(shop.staff, available));
    withdraw(shop.staff, off);

    assertThat(current()).isEqualTo(WorkStatus.AVAILABLE);
    refused(NotFound.class, () -> withdraw(shop.staff, off));
  }

  @Test
  void aWithdrawalTheFactsDoNotAllow_isRefused() {
    set(moIn, WorkStatus.AVAILABLE);
    shop.mark(mo, shop.today(), AttendanceStatus.ABSENT);
    WorkStatusChange off =
        shop.motorhub
            .carCare()
            .viewWorkStatuses()
            .history(shop.staff, Optional.of(mo.id()), PageRequest.first(9))
            .items()
            .getLast();

    refused(RuleViolated.class, () -> withdraw(shop.staff, off));
    assertThat(current()).isEqualTo(WorkStatus.OFF);
  }
}
