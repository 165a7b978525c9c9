package dev.motorhub.adapters.http;

import dev.motorhub.adapters.http.browser.BrowserCookies;
import dev.motorhub.adapters.http.browser.HomeRoutes;
import dev.motorhub.adapters.http.media.MediaRoutes;
import dev.motorhub.adapters.http.oidc.GoogleSignInRoutes;
import dev.motorhub.adapters.http.ops.MetricsRoutes;
import dev.motorhub.adapters.http.ops.OperationsRoutes;
import dev.motorhub.adapters.http.ops.ServedRequests;
import dev.motorhub.adapters.http.seed.carcare.CarCareRoutes;
import dev.motorhub.adapters.http.seed.lease.LeaseRoutes;
import dev.motorhub.adapters.http.seed.matchmaking.MatchmakingRoutes;
import dev.motorhub.adapters.http.seed.mycars.MyCarsRoutes;
import dev.motorhub.adapters.http.seed.orders.BrowserTokenRoutes;
import dev.motorhub.adapters.http.seed.orders.CustomerOrderRoutes;
import dev.motorhub.adapters.http.v1.AuthRoutes;
import dev.motorhub.adapters.http.v1.BlockRoutes;
import dev.motorhub.adapters.http.v1.CatalogueRoutes;
import dev.motorhub.adapters.http.v1.ContactRoutes;
import dev.motorhub.adapters.http.v1.ConversationRoutes;
import dev.motorhub.adapters.http.v1.CreditCardRoutes;
import dev.motorhub.adapters.http.v1.CustomerRoutes;
import dev.motorhub.adapters.http.v1.InterestRoutes;
import dev.motorhub.adapters.http.v1.InvoiceRoutes;
import dev.motorhub.adapters.http.v1.LeadRoutes;
import dev.motorhub.adapters.http.v1.MatchRoutes;
import dev.motorhub.adapters.http.v1.MechanicRoutes;
import dev.motorhub.adapters.http.v1.NotificationRoutes;
import dev.motorhub.adapters.http.v1.OrderRoutes;
import dev.motorhub.adapters.http.v1.PreferenceRoutes;
import dev.motorhub.adapters.http.v1.ProposalRoutes;
import dev.motorhub.adapters.http.v1.ScheduleRoutes;
import dev.motorhub.adapters.http.v1.ServiceKindRoutes;
import dev.motorhub.adapters.http.v1.ServiceRequestRoutes;
import dev.motorhub.adapters.http.v1.ServiceRequestWorkRoutes;
import dev.motorhub.adapters.http.v1.ServiceRoutes;
import dev.motorhub.adapters.http.v1.SmsRoutes;
import dev.motorhub.adapters.http.v1.SubscriptionPlanRoutes;
import dev.motorhub.adapters.http.v1.TradeRoutes;
import dev.motorhub.adapters.http.v1.UserRoutes;
import dev.motorhub.adapters.http.v1.VehicleRoutes;
import dev.motorhub.adapters.http.web.AllowedMethods;
import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.ClientAddresses;
import dev.motorhub.adapters.http.web.ErrorResponses;
import dev.motorhub.adapters.http.web.HttpError;
import dev.motorhub.adapters.http.web.JettyErrors;
import dev.motorhub.adapters.http.web.Json;
import dev.motorhub.adapters.http.web.RequestIds;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.adapters.http.web.TextScreen;
import dev.motorhub.application.Motorhub;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP server: the platform's {@code /v1} API, the seed services' routes, health and docs, all
 * over one {@link Motorhub}, and its metrics (in {@code meters}, which the caller may add to) at
 * {@code /metrics}. Every response carries {@code X-Request-Id} and {@code X-Instance} (which
 * instance answered, for a load balancer's operators); every error is JSON; every request is logged
 * and timed ({@link ServedRequests}).
 */
public final class HttpServer {
  public static final String INSTANCE_HEADER = "X-Instance";
  private final Javalin javalin;

  public HttpServer(
      Motorhub core, HttpSettings settings, Clock clock, PrometheusMeterRegistry meters) {
    Authenticator auth = new Authenticator(core.identity().authenticate());
    BrowserCookies cookies =
        new BrowserCookies(settings.googleSignIn().map(g -> g.https()).orElse(false));
    List<Routes> groups =
        new ArrayList<>(
            List.of(
                new OperationsRoutes(core.store()),
                new MetricsRoutes(meters, auth, settings.metricsAllowed()),
                new AuthRoutes(core, auth, clock),
                new UserRoutes(core, auth),
                new CustomerRoutes(core, auth, clock),
                new SubscriptionPlanRoutes(core, auth),
                new ServiceRoutes(core, auth),
                new TradeRoutes(core, auth),
                new ProposalRoutes(core, auth, clock),
                new InvoiceRoutes(core, auth, clock),
                new NotificationRoutes(core, auth),
                new OrderRoutes(core.orders(), auth),
                new InterestRoutes(core.interests(), auth),
                new ConversationRoutes(core.interests(), auth),
                new BlockRoutes(core.interests(), auth),
                new CatalogueRoutes(core.matching(), auth),
                new PreferenceRoutes(core.matching(), auth),
                new MatchRoutes(core.matching(), auth),
                new SmsRoutes(core.notifications(), auth, settings.smsCallbackSecret()),
                new ServiceKindRoutes(core.carCare(), auth),
                new MechanicRoutes(core.carCare(), auth),
                new ServiceRequestRoutes(core.carCare(), auth),
                new ServiceRequestWorkRoutes(core.carCare(), auth),
                new ScheduleRoutes(core.carCare(), auth),
                new CreditCardRoutes(core.customers(), auth),
                new LeadRoutes(core.customers(), auth, clock),
                new ContactRoutes(core.customers(), auth),
                new VehicleRoutes(core, auth),
                new MediaRoutes(core),
                new LeaseRoutes(core, auth, clock),
                new CarCareRoutes(core, auth),
                new MatchmakingRoutes(core, auth),
                new MyCarsRoutes(core, auth),
                new CustomerOrderRoutes(core, auth),
                new BrowserTokenRoutes(core, cookies),
                new HomeRoutes(
                    core,
                    cookies,
                    settings.googleSignIn().map(g -> GoogleSignInRoutes.LOGIN_PATH))));
    settings
        .googleSignIn()
        .ifPresent(google -> groups.add(new GoogleSignInRoutes(core, google, cookies, clock)));
    ServedRequests served = new ServedRequests(meters);
    this.javalin =
        Javalin.create(config -> configure(config, settings, groups, served, this::allow));
    AllowedMethods.serveHeadAsGet(javalin.unsafe.internalRouter);
  }

  private static void configure(
      JavalinConfig config,
      HttpSettings settings,
      List<Routes> groups,
      ServedRequests served,
      Handler allow) {
    config.startup.showJavalinBanner = false;
    config.jsonMapper(new JavalinJackson(Json.mapper(), false));
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.http.prefer405over404 = true;
    // Multipart bodies are read by Jetty, not through maxRequestSize: the same limit, unless a
    // route sets its own (the image uploads do, see web.Images).
    config.jetty.multipartConfig.maxTotalRequestSize(settings.maxBodyBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(settings.maxBodyBytes(), SizeUnit.BYTES);
    config.router.ignoreTrailingSlashes = true;
    config.router.treatMultipleSlashesAsSingleSlash = true;
    config.staticFiles.enableWebjars();
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    if (!settings.corsOrigins().isEmpty()) {
      config.bundledPlugins.enableCors(
          cors ->
              cors.addRule(
                  rule -> {
                    settings.corsOrigins().forEach(origin -> rule.allowHost(origin));
                    rule.exposeHeader(RequestIds.HEADER);
                    rule.exposeHeader(INSTANCE_HEADER);
                    rule.exposeHeader("Retry-After");
                  }));
    }
    config.requestLogger.http(served::record);
    config.routes.before(ctx -> beforeEach(ctx, settings));
    groups.forEach(group -> group.addTo(config.routes));
    config.routes.exception(HttpResponseException.class, ErrorResponses::write);
    config.routes.exception(Exception.class, ErrorResponses::write);
    config.routes.error(404, "*", HttpServer::notFound);
    config.routes.error(
        405,
        "*",
        ctx -> {
          allow.handle(ctx);
          ErrorResponses.write(
              status(405, "Method not allowed", "This method is not allowed on this resource."),
              ctx);
        });
  }

  /** Names in {@code Allow} the methods the router serves on the request's path. */
  private void allow(Context ctx) {
    ctx.header("Allow", AllowedMethods.of(javalin.unsafe.internalRouter, ctx.path()));
  }

  private static void beforeEach(Context ctx, HttpSettings settings) {
    RequestIds.assign(ctx);
    ClientAddresses.assign(ctx, settings.trustedProxies());
    ctx.header(INSTANCE_HEADER, settings.instanceId());
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    TextScreen.queryParameters(ctx);
  }

  /** Unknown routes answer a JSON 404; a handler's own 404 body is kept. */
  private static void notFound(Context ctx) {
    if (ctx.result() == null || ctx.result().isEmpty()) {
      ErrorResponses.write(status(404, "Not found", "No such resource."), ctx);
    }
  }

  private static HttpError status(int status, String title, String detail) {
    return new HttpError(
        status, title.toLowerCase().replace(' ', '_'), title, detail, Map.of(), Optional.empty());
  }

  public HttpServer start(String host, int port) {
    javalin.start(host, port);
    return this;
  }

  public int port() {
    return javalin.port();
  }

  public void stop() {
    javalin.stop();
  }
}
