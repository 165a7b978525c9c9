package dev.motorhub.adapters.http.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.edge.EdgeWorld.Caller;
import dev.motorhub.adapters.http.support.Api;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the edge does with input before any route makes sense of it, the same on every store: field
 * names, forms and paths holding what no store keeps are refused, a seed route reads a number as
 * text, and a 405 names the methods its path serves. The world it builds is shared with {@link
 * InputScreeningContract}, which extends it route by route.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EdgeContract {
  protected EdgeWorld world;

  /** Starts the server under test, whose superuser is {@link EdgeWorld#ROOT}; a client of it. */
  protected abstract Api start();

  protected abstract void stop();

  @BeforeAll
  void buildTheWorld() {
    world = EdgeWorld.build(start());
  }

  @AfterAll
  void stopTheServer() {
    stop();
  }

  @Test
  void aFieldWhoseNameHoldsWhatNoStoreKeeps_isRefusedUnderItsNameMadeShowable() {
    Api anonymous = world.as(Caller.ANONYMOUS);
    String nul = "Null characters are not allowed in a field's name.";
    SoftAssertions softly = new SoftAssertions();
    for (String path : List.of("/v1/auth/login", "/api/login/")) {
      List<Map.Entry<Api.Reply, String>> replies =
          List.of(
              Map.entry(
                  anonymous.send("POST", path, "{\"user\\u0000name\": 1}", Refusals.JSON), nul),
              Map.entry(
                  anonymous.send("POST", path, "{\"user\\ud800name\": 1}", Refusals.JSON),
                  "Surrogate characters are not allowed in a field's name: U+D800."),
              Map.entry(anonymous.form("POST", path, Map.of("user\u0000name", "x")), nul),
              Map.entry(anonymous.send("GET", path + "?user%00name=x", null, null), nul));
      replies.forEach(
          reply ->
              Refusals.expect(
                  softly,
                  path,
                  path.startsWith("/api/"),
                  reply.getKey(),
                  "user\uFFFDname",
                  reply.getValue()));
    }
    softly.assertAll();
  }

  @Test
  void formAndMultipartFields_areScreenedAsJsonIs() {
    Api anonymous = world.as(Caller.ANONYMOUS);
    Map<String, String> fields = Map.of("username", "a\u0000b", "password", "x");
    SoftAssertions softly = new SoftAssertions();
    for (String path : List.of("/v1/auth/login", "/api/token/", "/api/v1/user/login/")) {
      for (Api.Reply reply :
          List.of(
              anonymous.form("POST", path, fields), anonymous.multipart("POST", path, fields))) {
        Refusals.expect(softly, path, path.startsWith("/api/"), reply, "username", BadValues.NUL);
      }
    }
    softly.assertAll();
  }

  @Test
  void aSeedRoute_readsANumberAsItsText_asDrfDoes() {
    Api anonymous = world.as(Caller.ANONYMOUS);
    Map<String, Object> account =
        Map.of("username", 4242, "email", "n4242@example.com", "password", EdgeWorld.PASSWORD);
    Api.Reply created = anonymous.post("/users/", account);
    Api.Reply signedIn =
        anonymous.post("/users/login/", Map.of("username", 4242, "password", EdgeWorld.PASSWORD));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
  }

  @Test
  void aHead_answersWhatItsGetWould_withoutTheBody() {
    Api anonymous = world.as(Caller.ANONYMOUS);
    Api root = world.as(Caller.ROOT);
    for (String path : List.of("/v1/me", "/api/me/", "/health/live", "/v1/no-such-thing")) {
      Api.Reply get = anonymous.send("GET", path, null, null);
      Api.Reply head = anonymous.send("HEAD", path, null, null);
      assertThat(head.status()).as(path).isEqualTo(get.status());
      assertThat(head.body()).as(path).isEmpty();
    }
    assertThat(anonymous.send("HEAD", "/v1/me", null, null).status()).isEqualTo(401);
    assertThat(root.send("HEAD", "/v1/me", null, null).status()).isEqualTo(200);
  }

  @Test
  void aPathHoldingANulOrBrokenUtf8_isRefusedBeforeAnyRoute_inJson() {
    Api root = world.as(Caller.ROOT);
    for (String path :
        List.of("/v1/users/%00", "/v1/users/a%ED%A0%80", "/api/user/%00", "/api/cars/%C0%80/")) {
      Api.Reply reply = root.get(path);
      assertThat(reply.status()).as(path).isEqualTo(400);
      assertThat(reply.header("Content-Type")).as(path).contains("json");
      assertThat(reply.json().path("status").asInt()).as(path).isEqualTo(400);
      assertThat(reply.json().path("detail").asText())
          .as(path)
          .startsWith("The request cannot be read: ");
    }
  }

  @Test
  void a405_namesInAllowTheMethodsItsPathServes() {
    Api root = world.as(Caller.ROOT);
    String car = world.path("/api/cars/{vehicles}/");
    assertAllowed(root.send("DELETE", "/v1/auth/login", null, null), "POST");
    assertAllowed(root.send("HEAD", "/v1/auth/login", null, null), "POST");
    assertAllowed(root.send("PUT", "/v1/users", "{}", Refusals.JSON), "GET, HEAD, POST");
    assertAllowed(root.send("POST", car, "{}", Refusals.JSON), "GET, HEAD, PUT, PATCH, DELETE");
    assertAllowed(root.send("DELETE", "/users/login/", null, null), "POST");
    // OPTIONS is 405 too, unless CORS is configured: its plugin answers every OPTIONS with 200.
    // GET /api/token/ is the Customer-Order service's, POST My Cars': one path, both methods.
    Api.Reply options = root.send("OPTIONS", "/api/token/", null, null);
    assertThat(options.status()).isIn(200, 405);
    assertThat(options.header("Allow")).isEqualTo("GET, HEAD, POST");
  }

  private static void assertAllowed(Api.Reply reply, String methods) {
    assertThat(reply.status()).as("%s (%s)", reply, methods).isEqualTo(405);
    assertThat(reply.header("Allow")).as(reply.toString()).isEqualTo(methods);
  }
}
