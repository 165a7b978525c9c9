package dev.motorhub.adapters.http.support;

import dev.motorhub.adapters.http.HttpServer;
import dev.motorhub.adapters.http.HttpSettings;
import dev.motorhub.application.Motorhub;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.List;

/** The routes a server registers, read from the router of the Javalin instance it wraps. */
public final class RegisteredRoutes {
  private RegisteredRoutes() {}

  /** The endpoints of a server over a fresh in-memory core. */
  public static List<ParsedEndpoint> all() throws ReflectiveOperationException {
    return all(HttpSettings.defaults());
  }

  /** The endpoints of a server with these settings over a fresh in-memory core. */
  public static List<ParsedEndpoint> all(HttpSettings settings)
      throws ReflectiveOperationException {
    HttpServer server =
        new HttpServer(
            Motorhub.inMemory(),
            settings,
            Clock.systemUTC(),
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    Field field = HttpServer.class.getDeclaredField("javalin");
    field.setAccessible(true);
    Javalin javalin = (Javalin) field.get(server);
    return javalin.unsafe.internalRouter.allHttpHandlers();
  }
}
