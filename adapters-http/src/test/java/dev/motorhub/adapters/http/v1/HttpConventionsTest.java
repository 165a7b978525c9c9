package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every /v1 response shares: a request id, CORS for the allowed origin only, both token
 * schemes, and sessions that end the moment an account stops being active.
 */
class HttpConventionsTest {
  private static final Pattern GENERATED_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  private static final String ALLOWED_ORIGIN = "https://app.example";
  static TestServer server;
  static Api staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "marshal", Role.STAFF).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyResponse_carriesItsOwnRequestId_andTheInstancesId_successesErrorsAndFilesAlike() {
    Accounts.Signed quinn = Accounts.customer(server, "quinn");
    String big = "{\"notes\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}";
    List<Api.Reply> replies =
        List.of(
            server.api().get("/health/live"),
            server.api().get("/health/ready"),
            server.api().get("/v1/openapi.yaml"),
            server.api().get("/docs"),
            quinn.api().get("/v1/me"),
            quinn.api().patch("/v1/me", Map.of("first_name", "Q")),
            server.api().post("/v1/auth/register", Map.of()),
            server.api().get("/v1/me"),
            quinn.api().get("/v1/users"),
            staff.get("/v1/users/" + UUID.randomUUID()),
            server.api().get("/v1/no-such-route"),
            server.api().delete("/v1/auth/login"),
            server.api().post("/v1/auth/register", big),
            server
                .api()
                .header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "PATCH")
                .send("OPTIONS", "/v1/me", null, null),
            Accounts.logIn(server, "quinn").api().post("/v1/auth/logout", Map.of()));

    Set<String> ids = new HashSet<>();
    Set<String> instances = new HashSet<>();
    for (Api.Reply reply : replies) {
      instances.add(reply.header("X-Instance"));
      String id = reply.header("X-Request-Id");
      assertThat(id).as(reply.status() + " " + reply.body()).isNotNull().matches(GENERATED_ID);
      assertThat(ids.add(id)).as("ids are not reused").isTrue();
      if (reply.status() >= 400) {
        assertThat(reply.text("request_id")).isEqualTo(id);
      }
    }
    assertThat(replies).extracting(Api.Reply::status).contains(200, 204, 400, 401, 403, 404, 413);
    assertThat(instances).singleElement().asString().matches("[0-9a-f]{8}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "trace-42.span:7_X", "0190f6b2-7c1e-7a3b-9d4e-123456789abc"})
  void aSaneCallerRequestId_isEchoed_inTheHeaderAndTheProblem(String offered) {
    Api api = server.api().header("X-Request-Id", offered);

    assertThat(api.get("/health/live").header("X-Request-Id")).isEqualTo(offered);
    Api.Reply problem = api.get("/v1/me");
    assertThat(problem.header("X-Request-Id")).isEqualTo(offered);
    assertThat(problem.text("request_id")).isEqualTo(offered);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "has spaces",
        "<script>alert(1)</script>",
        "semi;colon",
        "0123456789012345678901234567890123456789012345678901234567890123456789"
      })
  void anInsaneCallerRequestId_isReplacedByAFreshOne(String offered) {
    Api.Reply reply = server.api().header("X-Request-Id", offered).get("/v1/me");

    assertThat(reply.header("X-Request-Id")).isNotEqualTo(offered).matches(GENERATED_ID);
    assertThat(reply.body()).doesNotContain(offered);
  }

  @Test
  void apiResponses_areNeitherSniffedNorCached() {
    Api.Reply reply = Accounts.customer(server, "rory").api().get("/v1/me");

    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void theAllowedOrigin_getsCorsHeaders_onSuccessesAndErrors() {
    Api browser = server.api().header("Origin", ALLOWED_ORIGIN);
    for (Api.Reply reply : new Api.Reply[] {browser.get("/health/live"), browser.get("/v1/me")}) {
      assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
      assertThat(reply.header("Access-Control-Expose-Headers"))
          .contains("X-Request-Id")
          .contains("X-Instance")
          .contains("Retry-After");
      assertThat(reply.header("Vary")).contains("Origin");
    }

    Api.Reply preflight =
        browser
            .header("Access-Control-Request-Method", "PATCH")
            .header("Access-Control-Request-Headers", "authorization,content-type")
            .send("OPTIONS", "/v1/users/0190f6b2-7c1e-7a3b-9d4e-123456789abc", null, null);
    assertThat(preflight.status()).isBetween(200, 204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PATCH");
    assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase())
        .contains("authorization")
        .contains("content-type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example",
        "http://app.example",
        "https://app.example.evil.example",
        "https://sub.app.example",
        "null"
      })
  void anotherOrigin_getsNoCorsHeaders(String origin) {
    Api browser = server.api().header("Origin", origin);

    for (Api.Reply reply :
        new Api.Reply[] {browser.get("/v1/me"), browser.post("/v1/auth/login", Map.of())}) {
      assertThat(reply.status()).isIn(400, 401);
      assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
      assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
      assertThat(reply.header("Access-Control-Expose-Headers")).isNull();
    }

    Api.Reply preflight =
        browser
            .header("Access-Control-Request-Method", "DELETE")
            .send("OPTIONS", "/v1/users/0190f6b2-7c1e-7a3b-9d4e-123456789abc", null, null);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void theTokenScheme_isAcceptedLikeBearer_andOtherSchemesAreNot() {
    Accounts.Signed sage = Accounts.customer(server, "sage");

    assertThat(server.api().token(sage.accessToken()).get("/v1/me").text("id"))
        .isEqualTo(sage.id());
    assertThat(server.api().bearer(sage.accessToken()).get("/v1/me").text("id"))
        .isEqualTo(sage.id());
    for (String header :
        new String[] {
          "Basic " + sage.accessToken(), sage.accessToken(), "Bearer ", "Bearer x.y.z"
        }) {
      Api.Reply reply = server.api().header("Authorization", header).get("/v1/me");
      assertThat(reply.status()).as(header).isEqualTo(401);
      assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
  }

  @Test
  void suspendingAUser_makesEveryTokenOfTheirsUnauthenticatedAtOnce() {
    Accounts.Signed tess = Accounts.customer(server, "tess");
    Accounts.Signed tessOnPhone = Accounts.logIn(server, "tess");
    assertThat(tess.api().get("/v1/me").status()).isEqualTo(200);

    Api.Reply suspended = staff.patch("/v1/users/" + tess.id(), Map.of("status", "suspended"));
    assertThat(suspended.status()).isEqualTo(200);
    assertThat(suspended.text("status")).isEqualTo("suspended");

    assertThat(tess.api().get("/v1/me").status()).isEqualTo(401);
    assertThat(tessOnPhone.api().get("/v1/me").status()).isEqualTo(401);
    assertThat(server.api().token(tess.accessToken()).get("/v1/subscription-plans").status())
        .isEqualTo(401);
    assertThat(
            server
                .api()
                .post("/v1/auth/refresh", Map.of("refresh_token", tess.refreshToken()))
                .status())
        .isEqualTo(401);
    Api.Reply login =
        server
            .api()
            .post("/v1/auth/login", Map.of("username", "tess", "password", Accounts.PASSWORD));
    assertThat(login.status()).isEqualTo(403);
    assertThat(login.text("detail")).contains("suspended");

    assertThat(staff.patch("/v1/users/" + tess.id(), Map.of("status", "active")).status())
        .isEqualTo(200);
    assertThat(tess.api().get("/v1/me").status()).as("old tokens stay dead").isEqualTo(401);
    assertThat(Accounts.logIn(server, "tess").api().get("/v1/me").status()).isEqualTo(200);
  }

  @Test
  void deactivatingOrDeletingAUser_endsTheirSessionAtOnce() {
    Accounts.Signed uma = Accounts.customer(server, "uma");
    assertThat(staff.post("/v1/users/" + uma.id() + "/deactivate", Map.of()).text("status"))
        .isEqualTo("deactivated");
    assertThat(uma.api().get("/v1/me").status()).isEqualTo(401);

    Accounts.Signed vic = Accounts.customer(server, "vic");
    assertThat(staff.delete("/v1/users/" + vic.id()).status()).isEqualTo(204);
    assertThat(vic.api().get("/v1/me").status()).isEqualTo(401);
    assertThat(
            server
                .api()
                .post("/v1/auth/login", Map.of("username", "vic", "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(401);
  }

  @Test
  void aHolderDeactivatingTheirOwnAccount_isSignedOutEverywhere() {
    Accounts.Signed wes = Accounts.customer(server, "wes");
    Accounts.Signed wesElsewhere = Accounts.logIn(server, "wes");

    Api.Reply deactivated =
        wes.api().patch("/v1/users/" + wes.id(), Map.of("status", "deactivated"));

    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(wes.api().get("/v1/me").status()).isEqualTo(401);
    assertThat(wesElsewhere.api().get("/v1/me").status()).isEqualTo(401);
  }
}
