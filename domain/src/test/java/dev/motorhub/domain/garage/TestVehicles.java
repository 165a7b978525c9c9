package dev.motorhub.domain.garage;

import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Fixture factory for vehicles in domain tests. */
final class TestVehicles {
  static final Instant REGISTERED_AT = Instant.parse("2025-03-10T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  private TestVehicles() {}

  /** A 2019 Toyota Corolla with a plate and a VIN, of the given year. */
  static VehicleDetails details(int year) {
    return new VehicleDetails(
        "Toyota",
        "Corolla",
        year,
        "Blue",
        new LicencePlate("KDA 042X"),
        Optional.of(new Vin("1HGBH41JXMN109186")),
        42_000,
        "Serviced in January.");
  }

  static Vehicle registered(UserId owner) {
    return Vehicle.register(
        new VehicleId(UUID.randomUUID()), owner, details(2019), TODAY, REGISTERED_AT);
  }
}
