package dev.motorhub.adapters.http.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.motorhub.adapters.http.web.Json;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health checks, the OpenAPI document (YAML as written, and JSON), and the Swagger UI page that
 * renders it at {@code /docs}.
 */
public final class OperationsRoutes implements Routes {
  private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);
  private final Store store;
  private final String openApiYaml;

  /** The document as JSON, made at its first request: parsing the YAML would slow every start. */
  private volatile String openApiJson;

  private final String docsPage;

  public OperationsRoutes(Store store) {
    this.store = store;
    this.openApiYaml = resource("/openapi.yaml");
    this.docsPage = resource("/docs.html").replace("{{swagger-ui}}", swaggerUiPath());
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
    routes.get("/health/ready", this::ready);
    // The charset is named: without it Jetty encodes a non-text type as ISO-8859-1.
    routes.get(
        "/v1/openapi.yaml",
        ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openApiYaml));
    routes.get(
        "/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson()));
    routes.get("/docs", ctx -> ctx.html(docsPage));
  }

  private String openApiJson() {
    String json = openApiJson;
    if (json == null) {
      try {
        json = Json.write(new ObjectMapper(new YAMLFactory()).readValue(openApiYaml, Object.class));
      } catch (IOException e) {
        throw new UncheckedIOException("openapi.yaml is not valid YAML", e);
      }
      openApiJson = json;
    }
    return json;
  }

  private void ready(Context ctx) {
    try {
      store.ping();
      ctx.json(Map.of("status", "up", "store", store.kind()));
    } catch (RuntimeException e) {
      LOG.warn("Readiness check failed: {}", e.getClass().getSimpleName());
      ctx.status(503).json(Map.of("status", "down", "store", store.kind()));
    }
  }

  private static String resource(String path) {
    try (InputStream in = OperationsRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the HTTP adapter's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the Swagger UI webjar's files are served, which depends on its version. */
  private static String swaggerUiPath() {
    Properties properties = new Properties();
    try (InputStream in =
        OperationsRoutes.class.getResourceAsStream(
            "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("The Swagger UI webjar is missing");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "/webjars/swagger-ui/" + properties.getProperty("version");
  }
}
