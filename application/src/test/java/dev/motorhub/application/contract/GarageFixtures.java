package dev.motorhub.application.contract;

import dev.motorhub.domain.garage.Custody;
import dev.motorhub.domain.garage.LicencePlate;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.garage.Vin;
import dev.motorhub.domain.identity.UserId;
import java.util.Base64;
import java.util.Optional;

/**
 * The vehicles and images the garage contracts store: valid, distinct by plate, with time-ordered
 * ids and instants at microsecond precision, as {@link Fixtures} makes accounts.
 */
public final class GarageFixtures {
  /** A real 1×1 PNG picture. */
  public static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /** The start of a JFIF picture: what JPEG detection reads. */
  public static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0
  };

  /** The start of a lossy WebP picture. */
  public static final byte[] WEBP = {
    'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0x18, 0, 0, 0
  };

  private GarageFixtures() {}

  /** What {@link #details(String, String, int, String)} records: a petrol saloon in Nairobi. */
  public static final VehicleAttributes ATTRIBUTES =
      new VehicleAttributes(
          Optional.of("nairobi"),
          Optional.of("saloon"),
          Optional.of("petrol"),
          Optional.of("automatic"));

  /** A vehicle of {@code owner} with every field set, registered at {@link Fixtures#T0}. */
  public static Vehicle vehicle(UserId owner, String brand, String model, int year, String plate) {
    return vehicle(owner, brand, model, year, plate, ATTRIBUTES);
  }

  /** As {@link #vehicle(UserId, String, String, int, String)}, recording {@code attributes}. */
  public static Vehicle vehicle(
      UserId owner,
      String brand,
      String model,
      int year,
      String plate,
      VehicleAttributes attributes) {
    return vehicle(owner, brand, model, year, plate, "Silver", attributes);
  }

  /** As {@link #vehicle(UserId, String, String, int, String)}, {@code colour} recording these. */
  public static Vehicle vehicle(
      UserId owner,
      String brand,
      String model,
      int year,
      String plate,
      String colour,
      VehicleAttributes attributes) {
    return new Vehicle(
        new VehicleId(Fixtures.nextId()),
        owner,
        details(brand, model, year, plate, colour, attributes),
        Optional.empty(),
        Custody.KEPT,
        Fixtures.T0,
        Fixtures.T0);
  }

  /**
   * Details with a colour (silver), a VIN, mileage and notes, in Nairobi: a petrol saloon with an
   * automatic transmission ({@link #ATTRIBUTES}).
   */
  public static VehicleDetails details(String brand, String model, int year, String plate) {
    return details(brand, model, year, plate, "Silver", ATTRIBUTES);
  }

  private static VehicleDetails details(
      String brand,
      String model,
      int year,
      String plate,
      String colour,
      VehicleAttributes attributes) {
    return new VehicleDetails(
        brand,
        model,
        year,
        colour,
        new LicencePlate(plate),
        Optional.of(new Vin("1HGBH41JXMN109186")),
        15_000,
        "Excellent condition.\nNew tyres.",
        attributes);
  }
}
