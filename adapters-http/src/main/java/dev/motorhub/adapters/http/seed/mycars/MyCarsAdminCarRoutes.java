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
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/admin/users/{user_id}/cars/}: administrators manage one user's cars. The seed keeps
 * its admin routes to administrators, so anyone else is refused before anything is read; a car of
 * another user is not found under this one.
 */
final class MyCarsAdminCarRoutes implements Routes {
  private static final String CARS = "/api/admin/users/{user_id}/cars/";
  private final Motorhub core;
  private final Authenticator auth;

  MyCarsAdminCarRoutes(Motorhub core, Authenticator auth) {
    this.core = core;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(CARS, this::list);
    routes.post(CARS, this::create);
    routes.get(CARS + "{car_id}/", this::get);
    routes.put(CARS + "{car_id}/", ctx -> update(ctx, true));
    routes.patch(CARS + "{car_id}/", ctx -> update(ctx, false));
    routes.delete(CARS + "{car_id}/", this::delete);
    routes.post(CARS + "{car_id}/upload-image/", this::uploadImage);
  }

  /** The user's cars, in the order they were registered. */
  static List<Vehicle> carsOf(Motorhub core, Principal principal, UserId user) {
    VehicleQuery query = VehicleQuery.ofOwner(user);
    return AllPages.of(page -> core.garage().viewVehicles().search(principal, query, page));
  }

  private void list(Context ctx) {
    Principal principal = administrator(ctx);
    User user = user(ctx, principal);
    ctx.json(
        carsOf(core, principal, user.id()).stream()
            .map(car -> MyCarsCarViews.car(car, user))
            .toList());
  }

  private void create(Context ctx) {
    Principal principal = administrator(ctx);
    User user = user(ctx, principal);
    var command =
        new RegisterVehicle.Command(principal, Optional.of(user.id()), Forms.vehicle(Body.of(ctx)));
    Vehicle car = core.garage().registerVehicle().register(command);
    ctx.status(201).json(MyCarsCarViews.car(car, user));
  }

  private void get(Context ctx) {
    Principal principal = administrator(ctx);
    User user = user(ctx, principal);
    ctx.json(MyCarsCarViews.car(car(ctx, principal, user), user));
  }

  private void update(Context ctx, boolean replace) {
    Principal principal = administrator(ctx);
    User user = user(ctx, principal);
    VehicleId car = car(ctx, principal, user).id();
    var command = new UpdateVehicle.Command(principal, car, Forms.vehicle(Body.of(ctx)), replace);
    ctx.json(MyCarsCarViews.car(core.garage().updateVehicle().update(command), user));
  }

  private void delete(Context ctx) {
    Principal principal = administrator(ctx);
    VehicleId car = car(ctx, principal, user(ctx, principal)).id();
    core.garage().removeVehicle().remove(new RemoveVehicle.Command(principal, car));
    ctx.status(204);
  }

  private void uploadImage(Context ctx) {
    Principal principal = administrator(ctx);
    User user = user(ctx, principal);
    VehicleId car = car(ctx, principal, user).id();
    byte[] bytes = Images.upload(ctx, core.settings());
    Vehicle pictured =
        core.garage()
            .uploadVehicleImage()
            .upload(new UploadVehicleImage.Command(principal, car, bytes));
    ctx.json(MyCarsCarViews.car(pictured, user));
  }

  private Principal administrator(Context ctx) {
    Principal principal = auth.require(ctx);
    if (!principal.actor().isAdministrative()) {
      throw new Forbidden("You do not have permission to perform this action.");
    }
    return principal;
  }

  private User user(Context ctx, Principal principal) {
    UserId id = new UserId(PathIds.uuid(ctx.pathParam("user_id"), "User"));
    return core.accounts().viewAccounts().get(principal, id).user();
  }

  /** The car in the path, if it is the user's. */
  private Vehicle car(Context ctx, Principal principal, User user) {
    Vehicle car = core.garage().viewVehicles().get(principal, MyCarsCarRoutes.id(ctx));
    if (!car.owner().equals(user.id())) {
      throw new NotFound("Car");
    }
    return car;
  }
}
