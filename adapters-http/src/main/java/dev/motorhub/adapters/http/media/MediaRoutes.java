package dev.motorhub.adapters.http.media;

import dev.motorhub.adapters.http.web.Images;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Motorhub;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /media/vehicles/{key}}: the published vehicle images, as {@code <img src>} and the seeds'
 * clients fetch them, without credentials. The key is unguessable and never names another image, so
 * the answer may be cached for a year.
 */
public final class MediaRoutes implements Routes {
  private final Motorhub core;

  public MediaRoutes(Motorhub core) {
    this.core = core;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Images.MEDIA + "{key}", this::image);
  }

  private void image(Context ctx) {
    Images.write(
        ctx,
        core.garage().viewVehicleImage().published(ctx.pathParam("key")),
        Images.CACHE_FOR_EVER);
  }
}
