package dev.motorhub.adapters.http.seed.mycars;

import dev.motorhub.adapters.http.seed.AllPages;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.Forms;
import dev.motorhub.adapters.http.web.Images;
import dev.motorhub.adapters.http.web.PathIds;
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
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /api/cars/}: a client's own cars (staff see every car here too), read, registered,
 * changed, removed and pictured through the garage's use cases.
 */
final class MyCarsCarRoutes implements Routes {
  private final Motorhub core;
  private final Authenticator auth;

  MyCarsCarRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/cars/", this::list);
    routes.post("/api/cars/", this::create);
    routes.get("/api/cars/{car_id}/", this::get);
    routes.put("/api/cars/{car_id}/", ctx -> update(ctx, true));
    routes.patch("/api/cars/{car_id}/", ctx -> update(ctx, false));
    routes.delete("/api/cars/{car_id}/", this::delete);
    routes.post("/api/cars/{car_id}/upload-image/", this::uploadImage);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    VehicleQuery query =
        new VehicleQuery(
            null,
            ctx.queryParam("brand"),
            ctx.queryParam("model"),
            ctx.queryParam("year"),
            ctx.queryParam("license"));
    CarOwners owners = new CarOwners(core, principal);
    ctx.json(
        AllPages.of(page -> core.garage().viewVehicles().search(principal, query, page)).stream()
            .map(owners::car)
            .toList());
  }

  private void create(Context ctx) {
    Principal principal = auth.require(ctx);
    var command =
        new RegisterVehicle.Command(principal, Optional.empty(), Forms.vehicle(Body.of(ctx)));
    Vehicle vehicle = core.garage().registerVehicle().register(command);
    ctx.status(201).json(new CarOwners(core, principal).car(vehicle));
  }

  private void get(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        new CarOwners(core, principal).car(core.garage().viewVehicles().get(principal, id(ctx))));
  }

  private void update(Context ctx, boolean replace) {
    Principal principal = auth.require(ctx);
    var command =
        new UpdateVehicle.Command(principal, id(ctx), Forms.vehicle(Body.of(ctx)), replace);
    Vehicle vehicle = core.garage().updateVehicle().update(command);
    ctx.json(new CarOwners(core, principal).car(vehicle));
  }

  private void delete(Context ctx) {
    Principal principal = auth.require(ctx);
    core.garage().removeVehicle().remove(new RemoveVehicle.Command(principal, id(ctx)));
    ctx.status(204);
  }

  private void uploadImage(Context ctx) {
    Principal principal = auth.require(ctx);
    VehicleId car = id(ctx);
    byte[] bytes = Images.upload(ctx, core.settings());
    Vehicle vehicle =
        core.garage()
            .uploadVehicleImage()
            .upload(new UploadVehicleImage.Command(principal, car, bytes));
    ctx.json(new CarOwners(core, principal).car(vehicle));
  }

  static VehicleId id(Context ctx) {
    return new VehicleId(PathIds.uuid(ctx.pathParam("car_id"), "Car"));
  }
}
