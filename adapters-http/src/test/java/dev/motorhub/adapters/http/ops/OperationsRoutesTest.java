package dev.motorhub.adapters.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health checks, the OpenAPI document in both forms, and the Swagger UI page at /docs. */
class OperationsRoutesTest {
  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"");
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthChecks_reportTheServerAndItsStoreUp_withoutAToken() {
    Api.Reply live = server.api().get("/health/live");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.text("status")).isEqualTo("up");

    Api.Reply ready = server.api().get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.text("status")).isEqualTo("up");
    assertThat(ready.text("store")).isEqualTo("in-memory");
  }

  @Test
  void docsPage_isSwaggerUi_andEveryWebjarAssetItLinksLoads() {
    Api.Reply page = server.api().get("/docs");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("SwaggerUIBundle", "/v1/openapi.yaml", "id=\"swagger-ui\"");

    List<String> assets = new ArrayList<>();
    Matcher matcher = ASSET.matcher(page.body());
    while (matcher.find()) {
      assets.add(matcher.group(1));
    }
    assertThat(assets)
        .anyMatch(a -> a.endsWith("/swagger-ui-bundle.js"))
        .anyMatch(a -> a.endsWith("/swagger-ui.css"));
    for (String asset : assets) {
      Api.Reply loaded = server.api().get(asset);
      assertThat(loaded.status()).as(asset).isEqualTo(200);
      assertThat(loaded.body()).as(asset).hasSizeGreaterThan(1000);
    }
    Api.Reply script =
        server.api().get(assets.stream().filter(a -> a.endsWith(".js")).findFirst().orElseThrow());
    assertThat(script.header("Content-Type")).contains("javascript");
  }

  @Test
  void openApiJson_isJson_andTheSameDocumentAsTheYaml() throws Exception {
    Api.Reply json = server.api().get("/v1/openapi.json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.header("Content-Type")).startsWith("application/json");
    JsonNode fromJson = json.json();
    assertThat(fromJson.path("openapi").asText()).startsWith("3.1");
    assertThat(fromJson.path("paths").has("/v1/users/{id}")).isTrue();

    Api.Reply yaml = server.api().get("/v1/openapi.yaml");
    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
    JsonNode fromYaml = new ObjectMapper(new YAMLFactory()).readTree(yaml.body());
    assertThat(fromJson).isEqualTo(fromYaml);
  }
}
