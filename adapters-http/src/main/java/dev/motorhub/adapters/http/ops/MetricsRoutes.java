package dev.motorhub.adapters.http.ops;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.ClientAddresses;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.domain.shared.Forbidden;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * {@code GET /metrics}: the process's meters in Prometheus's text format, for anyone calling from
 * an allowed address (the socket's, never a forwarded one) and, from anywhere, for staff and
 * superusers with their token.
 */
public final class MetricsRoutes implements Routes {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private final PrometheusMeterRegistry meters;
  private final Authenticator auth;
  private final List<AddressRange> allowed;

  public MetricsRoutes(
      PrometheusMeterRegistry meters, Authenticator auth, List<AddressRange> allowed) {
    this.meters = meters;
    this.auth = auth;
    this.allowed = List.copyOf(allowed);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/metrics", this::scrape);
  }

  private void scrape(Context ctx) {
    if (!fromAllowedAddress(ctx) && !auth.require(ctx).actor().isAdministrative()) {
      throw new Forbidden("Only staff may read the metrics.");
    }
    ctx.contentType(CONTENT_TYPE).result(meters.scrape());
  }

  /** The client's address (a trusted proxy's forwarded one, see {@link ClientAddresses}). */
  private boolean fromAllowedAddress(Context ctx) {
    return ClientAddresses.literal(ClientAddresses.of(ctx))
        .filter(address -> allowed.stream().anyMatch(range -> range.contains(address)))
        .isPresent();
  }
}
