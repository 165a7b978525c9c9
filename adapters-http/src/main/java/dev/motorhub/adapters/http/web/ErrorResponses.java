package dev.motorhub.adapters.http.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link HttpError} in the shape the caller expects: RFC 9457 problem+json on the
 * platform's own routes; on the seed routes, as the {@link SeedDialect} of the request's seed says
 * it (DRF's {@code {"detail": ...}} or {@code {"field": ["message"]}} by default). Server errors
 * are logged with the request id; no stack trace leaves the server.
 */
public final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  public static void write(Exception exception, Context ctx) {
    HttpError error = HttpError.of(exception);
    if (error.status() >= 500) {
      LOG.error(
          "Request {} failed: {} {}",
          RequestIds.of(ctx),
          ctx.method(),
          Images.loggable(ctx.path()),
          exception);
    }
    write(error, ctx);
  }

  public static void write(HttpError error, Context ctx) {
    if (isSeedRoute(ctx.path())) {
      SeedDialect dialect = SeedDialect.of(ctx);
      HttpError said = dialect.translate(error, ctx);
      head(said, ctx);
      ctx.json(dialect.body(said));
    } else {
      head(error, ctx);
      ctx.contentType("application/problem+json");
      // JSON is UTF-8 (RFC 8259); this type has no charset for the server to default otherwise.
      ctx.result(Json.write(problem(error, ctx)).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void head(HttpError error, Context ctx) {
    ctx.status(error.status());
    error
        .retryAfter()
        .ifPresent(d -> ctx.header("Retry-After", Long.toString(Math.max(1, d.toSeconds()))));
    if (error.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
  }

  /** The platform's own routes and operations answer problem+json; everything else is a seed's. */
  static boolean isSeedRoute(String path) {
    return !(path.startsWith("/v1/")
        || path.equals("/v1")
        || path.startsWith("/health")
        || path.startsWith("/docs")
        || path.startsWith("/metrics"));
  }

  private static Map<String, Object> problem(HttpError error, Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:motorhub:problem:" + error.code());
    body.put("title", error.title());
    body.put("status", error.status());
    body.put("detail", error.detail());
    body.put("instance", ctx.path());
    body.put("request_id", RequestIds.of(ctx));
    if (!error.errors().isEmpty()) {
      body.put("errors", error.errors());
    }
    return body;
  }
}
