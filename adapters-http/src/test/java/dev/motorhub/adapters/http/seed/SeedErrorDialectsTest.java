package dev.motorhub.adapters.http.seed;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each seed's error dialect is applied where the server writes errors, on that seed's routes only:
 * CarCarePro's message beside every 400, a phone refused under the name the client sent it, the
 * platform's problem+json untouched on {@code /v1}.
 */
class SeedErrorDialectsTest {
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
  void carCarePro_saysInvalidInputBesideEvery400_butNotBesideOtherStatuses() {
    Api cara = Accounts.customer(server, Matrix.unique("cara")).api();

    for (Api.Reply reply :
        new Api.Reply[] {
          cara.put("/api/v1/user/accounts", Map.of("email", "not-an-email")),
          cara.get("/api/v1/user/"),
          server.api().post("/api/v1/user/registration/", "{\"username\": "),
          server.api().post("/api/v1/user/login/", Map.of("username", "x", "password", "y"))
        }) {
      JsonNode body = assertDrfError(reply, 400);
      assertThat(fieldNames(body).getFirst()).as(reply.toString()).isEqualTo("error_message");
      assertThat(body.path("error_message").asText()).isEqualTo("Invalid Input");
    }
    JsonNode unauthenticated = assertDrfError(server.api().get("/api/v1/user/accounts"), 401);
    assertThat(fieldNames(unauthenticated)).containsExactly("detail");
  }

  @Test
  void aPhoneIsRefusedUnderTheNameTheClientSent() {
    Accounts.Signed lee = Accounts.customer(server, Matrix.unique("lee"));
    String path = "/api/user/" + lee.id();

    JsonNode asPhone = assertDrfError(lee.api().put(path, Map.of("phone", "12")), 400);
    JsonNode asPhoneNumber = assertDrfError(lee.api().put(path, Map.of("phone_number", "12")), 400);

    assertThat(fieldNames(asPhone)).containsExactly("phone");
    assertThat(fieldNames(asPhoneNumber)).containsExactly("phone_number");
  }

  @Test
  void theDialects_stayOffTheSeedsNeighbours() {
    Api.Reply v1 =
        server.api().post("/v1/auth/login", Map.of("username", "nobody", "password", "wrong"));
    Api.Reply unknown = server.api().get("/api/v1/user-nothing-here/");

    assertThat(v1.status()).isEqualTo(401);
    assertThat(v1.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fieldNames(assertDrfError(unknown, 404))).containsExactly("detail");
  }
}
