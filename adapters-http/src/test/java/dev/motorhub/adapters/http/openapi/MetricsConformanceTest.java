package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.ops.AddressRange;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics} as the document says ({@link ConformingApi}): open to callers from an
 * allowed address, and otherwise to staff and superusers alone; each request counted under its
 * route template, method and status.
 */
class MetricsConformanceTest {
  static TestServer fromLoopback;
  static TestServer fromElsewhere;
  static OpenApiDocument document;

  @BeforeAll
  static void start() {
    fromLoopback = TestServer.start();
    fromElsewhere = TestServer.withMetricsAllowed(List.of(AddressRange.parse("203.0.113.0/24")));
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    fromLoopback.close();
    fromElsewhere.close();
  }

  @Test
  void fromAnAllowedAddress_anyoneReadsTheMetrics_inPrometheusTextFormat() {
    assertThat(fromLoopback.api().get("/health/live").status()).isEqualTo(200);
    Api.Reply metrics = new ConformingApi(fromLoopback.api(), document).get("/metrics");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    assertThat(metrics.body()).contains("# TYPE http_server_requests_seconds histogram");
  }

  @Test
  void fromAnotherAddress_onlyStaffAndSuperusersReadThem_othersGet401Or403() {
    ConformingApi anonymous = new ConformingApi(fromElsewhere.api(), document);
    String customer = Accounts.customer(fromElsewhere, "carl").accessToken();
    String mechanic = Accounts.mechanic(fromElsewhere, "mo").accessToken();
    String staff = Accounts.administrator(fromElsewhere, "sam", Role.STAFF).accessToken();
    String superuser = Accounts.administrator(fromElsewhere, "root", Role.SUPERUSER).accessToken();

    assertThat(anonymous.get("/metrics").text("type")).endsWith(":unauthenticated");
    assertThat(anonymous.bearer("not-a-token").get("/metrics").status()).isEqualTo(401);
    assertThat(anonymous.bearer(customer).get("/metrics").text("type")).endsWith(":forbidden");
    assertThat(anonymous.bearer(mechanic).get("/metrics").status()).isEqualTo(403);
    assertThat(anonymous.bearer(staff).get("/metrics").body()).contains("http_server_requests");
    assertThat(anonymous.bearer(superuser).get("/metrics").status()).isEqualTo(200);
  }

  @Test
  void throughATrustedProxy_theForwardedAddressCounts_notTheProxys() {
    try (TestServer behindProxy = TestServer.behindProxy("127.0.0.1")) {
      Api viaProxy = behindProxy.api();

      assertThat(viaProxy.get("/metrics").status()).isEqualTo(200);
      assertThat(viaProxy.header("X-Forwarded-For", "127.0.0.1").get("/metrics").status())
          .isEqualTo(200);
      assertThat(viaProxy.header("X-Forwarded-For", "203.0.113.9").get("/metrics").status())
          .isEqualTo(401);
    }
  }

  @Test
  void aRequest_isCountedUnderItsRouteTemplate_neverItsPath() {
    Api owner = fromLoopback.api().bearer(Accounts.customer(fromLoopback, "olive").accessToken());
    String vehicle = Garage.register(owner, "KDA 001A");
    assertThat(owner.get("/v1/vehicles/" + vehicle).status()).isEqualTo(200);
    assertThat(owner.get("/v1/vehicles/" + vehicle).status()).isEqualTo(200);
    assertThat(owner.get("/v1/vehicles/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(fromLoopback.api().get("/no/such/page?secret=hush").status()).isEqualTo(404);

    String metrics = new ConformingApi(fromLoopback.api(), document).get("/metrics").body();

    assertThat(metrics)
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/v1/vehicles/{id}\","
                + "status=\"200\"} 2",
            "http_server_requests_seconds_count{method=\"GET\",route=\"/v1/vehicles/{id}\","
                + "status=\"404\"} 1",
            "http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\","
                + "status=\"404\"}",
            "http_server_requests_seconds_bucket{method=\"POST\",route=\"/v1/vehicles\","
                + "status=\"201\",le=\"5.0\"} 1")
        .doesNotContain(vehicle, "/no/such/page", "hush");
  }
}
