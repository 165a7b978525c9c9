package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.CarCareFixtures.DAY;
import static dev.motorhub.application.contract.CarCareFixtures.attendance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code AttendanceRepository} keeps: one record a mechanic a date. */
public abstract class AttendanceRepositoryContract extends StoreContract {
  private Mechanic mo;
  private Mechanic ann;

  @BeforeEach
  void twoMechanics() {
    mo = CarCareFixtures.mechanic(store, "mo");
    ann = CarCareFixtures.mechanic(store, "ann");
  }

  @Test
  void aRecord_isFoundByMechanicAndDate_andById_withEveryField() {
    Attendance present = attendance(mo, DAY, AttendanceStatus.PRESENT);

    assertThat(inTx(() -> store.attendance().record(present))).isEqualTo(present);

    assertThat(inTx(() -> store.attendance().find(mo.id(), DAY))).contains(present);
    assertThat(inTx(() -> store.attendance().findById(present.id()))).contains(present);
    assertThat(inTx(() -> store.attendance().find(mo.id(), DAY.plusDays(1)))).isEmpty();
  }

  @Test
  void aSecondRecordForTheDate_updatesTheFirst_keepingItsId() {
    Attendance present = attendance(mo, DAY, AttendanceStatus.PRESENT);
    runTx(() -> store.attendance().record(present));

    Attendance absent = attendance(mo, DAY, AttendanceStatus.ABSENT);
    Attendance stored = inTx(() -> store.attendance().record(absent));

    assertThat(stored.id()).isEqualTo(present.id());
    assertThat(stored.status()).isEqualTo(AttendanceStatus.ABSENT);
    assertThat(stored.recordedAt()).isEqualTo(absent.recordedAt());
    assertThat(inTx(() -> store.attendance().find(mo.id(), DAY))).contains(stored);
    assertThat(inTx(() -> store.attendance().onDate(DAY))).containsExactly(stored);
  }

  @Test
  void aDeletedRecord_leavesItsDayUnrecorded_andTheOthersAsTheyWere() {
    Attendance present = attendance(mo, DAY, AttendanceStatus.PRESENT);
    Attendance other = attendance(ann, DAY, AttendanceStatus.ABSENT);
    runTx(
        () -> {
          store.attendance().record(present);
          store.attendance().record(other);
        });

    runTx(() -> store.attendance().delete(present.id()));

    assertThat(inTx(() -> store.attendance().findById(present.id()))).isEmpty();
    assertThat(inTx(() -> store.attendance().find(mo.id(), DAY))).isEmpty();
    assertThat(inTx(() -> store.attendance().onDate(DAY))).containsExactly(other);
    Attendance again = attendance(mo, DAY, AttendanceStatus.ABSENT);
    assertThat(inTx(() -> store.attendance().record(again))).isEqualTo(again);
  }

  @Test
  void onDate_andList_holdTheRecordsInIdOrder() {
    Attendance first = attendance(mo, DAY, AttendanceStatus.PRESENT);
    Attendance second = attendance(ann, DAY, AttendanceStatus.ABSENT);
    Attendance other = attendance(mo, DAY.minusDays(1), AttendanceStatus.PRESENT);
    runTx(
        () -> {
          store.attendance().record(first);
          store.attendance().record(second);
          store.attendance().record(other);
        });

    assertThat(inTx(() -> store.attendance().onDate(DAY))).containsExactly(first, second);
    Page<Attendance> mine =
        inTx(() -> store.attendance().list(Optional.of(mo.id()), PageRequest.first(1)));
    assertThat(mine.items()).containsExactly(first);
    assertThat(
            inTx(() -> store.attendance().list(Optional.of(mo.id()), Fixtures.nextPage(mine, 1)))
                .items())
        .containsExactly(other);
    assertThat(inTx(() -> store.attendance().list(Optional.empty(), PageRequest.first(9))).items())
        .containsExactly(first, second, other);
  }
}
