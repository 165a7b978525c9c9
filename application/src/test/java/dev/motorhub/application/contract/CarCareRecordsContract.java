package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.CarCareFixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.RequestDetails;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Conflict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the {@code UserRepository} and {@code VehicleRepository} keep for car care's records: a
 * service request keeps its customer, its vehicle and its mechanic's account from deletion.
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

  private void refusedWith(Runnable delete, String message) {
    assertThatExceptionOfType(Conflict.class).isThrownBy(() -> runTx(delete)).withMessage(message);
  }
}
