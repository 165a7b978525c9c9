package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.CarCareFixtures.DAY;
import static dev.motorhub.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.RequestDetails;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.carcare.WorkStatusChangeId;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Conflict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the {@code UserRepository} and {@code VehicleRepository} keep for car care's records: a
 * service request keeps its customer, its vehicle, its mechanic's account and who cancelled it from
 * deletion; attendance, work status changes and cost lines keep who recorded them.
 */
public abstract class CarCareRecordsContract extends StoreContract {

  @Test
  void aRequestsCustomerMechanicAndVehicle_areKept_andOthersGo() {
    User alice = CarCareFixtures.account(store, "alice");
    User bob = CarCareFixtures.account(store, "bob");
    Mechanic mo = CarCareFixtures.mechanic(store, "mo");
    Mechanic idle = CarCareFixtures.mechanic(store, "idle");
    Vehicle car = GarageFixtures.vehicle(alice.id(), "Toyota", "Corolla", 2018, "KDA 777X");
    runTx(() -> store.vehicles().add(car));
    ServiceRequest.Pending pending = CarCareFixtures.pending(alice.id(), DAY);
    var details = pending.details();
    ServiceRequest request =
        ServiceRequest.open(
                new RequestDetails(
                    details.id(),
                    alice.id(),
                    details.kind(),
                    details.description(),
                    DAY,
                    Optional.of(car.id()),
                    details.openedAt()),
                "")
            .schedule(mo.id(), Fixtures.at(1));
    runTx(() -> store.serviceRequests().add(request));

    refusedWith(() -> store.users().delete(alice.id()), UserRepository.ON_RECORD);
    refusedWith(() -> store.users().delete(mo.userId()), UserRepository.ON_RECORD);
    refusedWith(() -> store.vehicles().delete(car.id()), VehicleRepository.ON_RECORD);
    runTx(() -> store.users().delete(bob.id()));
    runTx(() -> store.users().delete(idle.userId()));

    assertThat(inTx(() -> store.mechanics().findById(mo.id()))).isPresent();
    assertThat(inTx(() -> store.mechanics().findById(idle.id()))).isEmpty();
    assertThat(inTx(() -> store.users().findById(bob.id()))).isEmpty();
  }

  @Test
  void staffWhoRecordedAttendance_isKept() {
    Mechanic mo = CarCareFixtures.mechanic(store, "mo");
    User staff = CarCareFixtures.account(store, "sam");
    var present = CarCareFixtures.attendance(mo, DAY, AttendanceStatus.PRESENT);
    runTx(
        () ->
            store
                .attendance()
                .record(
                    new Attendance(
                        present.id(),
                        mo.id(),
                        DAY,
                        present.status(),
                        staff.id(),
                        present.recordedAt())));

    refusedWith(() -> store.users().delete(staff.id()), UserRepository.ON_RECORD);
    assertThat(inTx(() -> store.users().findById(staff.id()))).isPresent();
  }

  @Test
  void staffWhoChangedAWorkStatus_isKept() {
    Mechanic mo = CarCareFixtures.mechanic(store, "mo");
    User staff = CarCareFixtures.account(store, "sam");
    changeStatus(mo, WorkStatus.OFF, staff.id());

    refusedWith(() -> store.users().delete(staff.id()), UserRepository.ON_RECORD);
    assertThat(inTx(() -> store.users().findById(staff.id()))).isPresent();
  }

  @Test
  void staffWhoAddedACostLine_isKept() {
    User alice = CarCareFixtures.account(store, "alice");
    Mechanic mo = CarCareFixtures.mechanic(store, "mo");
    User staff = CarCareFixtures.account(store, "sam");
    ServiceRequest started = CarCareFixtures.scheduled(alice.id(), mo, DAY).start(Fixtures.at(2));
    runTx(() -> store.serviceRequests().add(started));
    runTx(() -> store.costLines().add(CarCareFixtures.costLine(started, staff.id(), "40.00")));

    refusedWith(() -> store.users().delete(staff.id()), UserRepository.ON_RECORD);
    assertThat(inTx(() -> store.users().findById(staff.id()))).isPresent();
  }

  @Test
  void staffWhoCancelledARequest_isKept_andAMechanicWhoSetTheirOwnStatusToo() {
    User alice = CarCareFixtures.account(store, "alice");
    Mechanic mo = CarCareFixtures.mechanic(store, "mo");
    User staff = CarCareFixtures.account(store, "sam");
    ServiceRequest cancelled = CarCareFixtures.pending(alice.id(), DAY).cancel(staff.id(), T0);
    runTx(() -> store.serviceRequests().add(cancelled));
    changeStatus(mo, WorkStatus.BUSY, mo.userId());

    refusedWith(() -> store.users().delete(staff.id()), UserRepository.ON_RECORD);
    refusedWith(() -> store.users().delete(mo.userId()), UserRepository.ON_RECORD);
    assertThat(inTx(() -> store.mechanics().findById(mo.id()))).isPresent();
  }

  private void changeStatus(Mechanic mechanic, WorkStatus status, UserId by) {
    var change =
        new WorkStatusChange(
            new WorkStatusChangeId(Fixtures.nextId()), mechanic.id(), status, by, Fixtures.at(1));
    runTx(() -> store.workStatuses().add(change));
  }

  private void refusedWith(Runnable delete, String message) {
    assertThatExceptionOfType(Conflict.class).isThrownBy(() -> runTx(delete)).withMessage(message);
  }
}
