package dev.motorhub.adapters.http.ops;

import dev.motorhub.adapters.http.web.RequestIds;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is kept of each request answered: one log line on the logger {@code dev.motorhub.requests}
 * (at info) with its request id, method, route, status and duration, and the same in the timer
 * {@code http.server.requests}. The route is the template the router matched ({@code
 * /v1/vehicles/{id}}), never the path: no id, image key or query string reaches the logs or the
 * metrics, and their series stay few; requests no route matched (unknown paths, static files) share
 * the route {@value #UNMATCHED}.
 */
public final class ServedRequests {
  public static final String UNMATCHED = "unmatched";
  private static final Logger LOG = LoggerFactory.getLogger("dev.motorhub.requests");

  /** The timer's histogram buckets: fixed, so every series has the same dozen. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(20),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(200),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5)
  };

  private final MeterProvider<Timer> timers;

  public ServedRequests(MeterRegistry meters) {
    this.timers =
        Timer.builder("http.server.requests")
            .description("Requests answered, by method, route template and status")
            .serviceLevelObjectives(BUCKETS)
            .withRegistry(meters);
  }

  /** Records the request {@code ctx} answered in {@code millis}. */
  public void record(Context ctx, float millis) {
    String method = ctx.method().name();
    String route = route(ctx);
    int status = ctx.statusCode();
    timers
        .withTags("method", method, "route", route, "status", Integer.toString(status))
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    LOG.atInfo()
        .addKeyValue("request_id", RequestIds.of(ctx))
        .addKeyValue("method", method)
        .addKeyValue("route", route)
        .addKeyValue("status", status)
        .addKeyValue("duration_ms", Math.round(millis * 100) / 100.0)
        .log("request");
  }

  private static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? UNMATCHED : endpoint.path;
  }
}
