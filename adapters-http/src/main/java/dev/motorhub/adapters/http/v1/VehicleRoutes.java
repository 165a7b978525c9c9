package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Images;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.garage.RegisterVehicle;
import dev.motorhub.application.garage.RemoveVehicle;
import dev.motorhub.application.garage.UpdateVehicle;
import dev.motorhub.application.garage.UploadVehicleImage;
import dev.motorhub.application.garage.VehicleQuery;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.PageRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /v1/vehicles}: the garages, a customer's own or every one for staff, and each vehicle's
 * image. The image's upload may be as large as the image limit; every other body keeps the server's
 * body limit.
 */
public final class VehicleRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  public VehicleRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/vehicles", this::list);
    routes.post("/v1/vehicles", this::register);
    routes.get("/v1/vehicles/{id}", this::get);
    routes.put("/v1/vehicles/{id}", ctx -> update(ctx, true));
    routes.patch("/v1/vehicles/{id}", ctx -> update(ctx, false));
    routes.delete("/v1/vehicles/{id}", this::remove);
    routes.put("/v1/vehicles/{id}/image", this::upload);
    routes.get("/v1/vehicles/{id}/image", this::image);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    VehicleQuery query =
        new VehicleQuery(
            ctx.queryParam("owner_id"),
            ctx.queryParam("brand"),
            ctx.queryParam("model"),
            ctx.queryParam("year"),
            ctx.queryParam("license_plate"));
    PageRequest page = Queries.page(ctx);
    ctx.json(
        Views.page(
            core.garage().viewVehicles().search(principal, query, page), VehicleViews::vehicle));
  }

  private void register(Context ctx) {
    Principal principal = auth.require(ctx);
    Body body = Body.of(ctx);
    Optional<UserId> owner =
        Optional.ofNullable(body.text("owner_id"))
            .filter(text -> !text.isBlank())
            .map(text -> UserId.parse(text, "owner_id"));
    Vehicle vehicle =
        core.garage()
            .registerVehicle()
            .register(
                new RegisterVehicle.Command(principal, owner, Forms.vehicleWithAttributes(body)));
    ctx.status(201)
        .header("Location", "/v1/vehicles/" + vehicle.id())
        .json(VehicleViews.vehicle(vehicle));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(VehicleViews.vehicle(core.garage().viewVehicles().get(principal, id(ctx))));
  }

  private void update(Context ctx, boolean replace) {
    Principal principal = auth.require(ctx);
    var command =
        new UpdateVehicle.Command(
            principal, id(ctx), Forms.vehicleWithAttributes(Body.of(ctx)), replace);
    ctx.json(VehicleViews.vehicle(core.garage().updateVehicle().update(command)));
  }

  private void remove(Context ctx) {
    Principal principal = auth.require(ctx);
    core.garage().removeVehicle().remove(new RemoveVehicle.Command(principal, id(ctx)));
    ctx.status(204);
  }

  private void upload(Context ctx) {
    Principal principal = auth.require(ctx);
    VehicleId vehicle = id(ctx);
    byte[] bytes = Images.upload(ctx, core.settings());
    ctx.json(
        VehicleViews.vehicle(
            core.garage()
                .uploadVehicleImage()
                .upload(new UploadVehicleImage.Command(principal, vehicle, bytes))));
  }

  /** The vehicle's current image; it follows the vehicle, so it is not cached. */
  private void image(Context ctx) {
    Principal principal = auth.require(ctx);
    Images.write(ctx, core.garage().viewVehicleImage().ofVehicle(principal, id(ctx)), "no-store");
  }

  private static VehicleId id(Context ctx) {
    return new VehicleId(PathIds.uuid(ctx.pathParam("id"), "Vehicle"));
  }
}
