package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalString;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.domain.garage.Custody;
import dev.motorhub.domain.garage.LicencePlate;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleAttributes;
import dev.motorhub.domain.garage.VehicleDetails;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.garage.Vin;
import dev.motorhub.domain.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of {@code vehicles}, selected as {@link #COLUMNS}, to a vehicle. */
final class VehicleMapper implements RowMapper<Vehicle> {
  /** The columns of {@code vehicles v}, each aliased with a {@code v_} prefix. */
  static final String COLUMNS =
      "v.id v_id, v.owner_id v_owner_id, v.brand v_brand, v.model v_model, v.year v_year,"
          + " v.color v_color, v.plate v_plate, v.vin v_vin, v.mileage v_mileage,"
          + " v.notes v_notes, v.image v_image, v.handover_to v_handover_to,"
          + " v.created_at v_created_at, v.updated_at v_updated_at, v.location v_location,"
          + " v.body_type v_body_type, v.fuel v_fuel, v.transmission v_transmission";

  /** Sold while {@code handover_to} names the buyer, else with its owner. */
  private static Custody custody(ResultSet rs) throws SQLException {
    return rs.getObject("v_handover_to") == null
        ? Custody.KEPT
        : new Custody.Sold(new UserId(uuid(rs, "v_handover_to")));
  }

  @Override
  public Vehicle map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Vehicle(
        new VehicleId(uuid(rs, "v_id")),
        new UserId(uuid(rs, "v_owner_id")),
        new VehicleDetails(
            rs.getString("v_brand"),
            rs.getString("v_model"),
            rs.getInt("v_year"),
            rs.getString("v_color"),
            new LicencePlate(rs.getString("v_plate")),
            optionalString(rs, "v_vin").map(Vin::new),
            rs.getLong("v_mileage"),
            rs.getString("v_notes"),
            new VehicleAttributes(
                optionalString(rs, "v_location"),
                optionalString(rs, "v_body_type"),
                optionalString(rs, "v_fuel"),
                optionalString(rs, "v_transmission"))),
        optionalString(rs, "v_image"),
        custody(rs),
        instant(rs, "v_created_at"),
        instant(rs, "v_updated_at"));
  }
}
