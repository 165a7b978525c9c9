package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static dev.motorhub.adapters.http.seed.carcare.CarCareAccounts.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CarCarePro's {@code /api/v1/user/accounts}: the caller's own account read as a list of one,
 * opened (201), changed by PUT or PATCH and deleted (204), in the seed's account shape.
 */
class CarCareAccountRoutesTest {
  private static final List<String> ACCOUNT_FIELDS =
      List.of(
          "id",
          "username",
          "first_name",
          "last_name",
          "email",
          "phone_number",
          "created_at",
          "updated_at");
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
  void getAccounts_answersTheCallersOwnAccount_asAListOfOne() {
    CarCareAccounts.Signed kenz = CarCareAccounts.register(server, "kenz", "customer");

    for (Api.Reply reply :
        List.of(
            kenz.api().get("/api/v1/user/accounts"),
            server.api().bearer(kenz.token()).get("/api/v1/user/accounts/"))) {
      JsonNode list = assertSuccess(reply, 200);
      assertThat(list.isArray()).isTrue();
      assertThat(list).hasSize(1);
      assertThat(fieldNames(list.get(0))).containsExactlyElementsOf(ACCOUNT_FIELDS);
      assertThat(list.get(0).path("username").asText()).isEqualTo("kenz");
      assertThat(list.get(0).path("created_at").asText()).endsWith("Z");
    }
  }

  @Test
  void postAccounts_opensAnAccount_answering201WithTheSeedsAccount() {
    Map<String, Object> body = CarCareAccounts.registration("tony", null, "+12125550100");

    JsonNode account = assertSuccess(server.api().post("/api/v1/user/accounts", body), 201);

    assertThat(fieldNames(account)).containsExactlyElementsOf(ACCOUNT_FIELDS);
    assertThat(account.path("email").asText()).isEqualTo("tony@example.com");
    assertThat(account.path("phone_number").asText()).isEqualTo("+12125550100");
    assertThat(account.path("created_at").asText()).isEqualTo(account.path("updated_at").asText());
    assertThat(CarCareAccounts.logIn(server, "tony").token()).isNotBlank();
  }

  @Test
  void postAccounts_formEncodedOrMultipart_withoutOrWithTheTrailingSlash() {
    Map<String, String> form =
        Map.of(
            "username", "formacct", "email", "formacct@example.com", "password", Accounts.PASSWORD);
    Map<String, String> parts =
        Map.of(
            "username", "partacct", "email", "partacct@example.com", "password", Accounts.PASSWORD);

    assertThat(
            assertSuccess(server.api().form("POST", "/api/v1/user/accounts/", form), 201)
                .path("username")
                .asText())
        .isEqualTo("formacct");
    assertThat(
            assertSuccess(server.api().multipart("POST", "/api/v1/user/accounts", parts), 201)
                .path("username")
                .asText())
        .isEqualTo("partacct");
  }

  @Test
  void postAccounts_withBadOrTakenFields_isTheSeedsInvalidInput() {
    CarCareAccounts.register(server, "held", "customer");
    Map<String, Object> taken = CarCareAccounts.registration("held", null, null);
    taken.put("email", "held-too@example.com");
    Map<String, Object> common = CarCareAccounts.registration("commoner", null, null);
    common.put("password", "password123");

    assertThat(
            assertInvalidInput(server.api().post("/api/v1/user/accounts", taken)).has("username"))
        .isTrue();
    assertThat(
            assertInvalidInput(server.api().post("/api/v1/user/accounts", common))
                .path("password")
                .toString())
        .contains("too common");
  }

  @Test
  void putAccounts_withTheSeedsExample_changesNamesAndPhone() {
    CarCareAccounts.Signed kev = CarCareAccounts.register(server, "kev", "customer");
    Map<String, String> example =
        Map.of("first_name", "Kevin", "last_name", "Jones", "phone_number", "+1 987-654-3210");

    JsonNode account = assertSuccess(kev.api().put("/api/v1/user/accounts", example), 200);

    assertThat(fieldNames(account)).containsExactlyElementsOf(ACCOUNT_FIELDS);
    assertThat(account.path("username").asText()).isEqualTo("kev");
    assertThat(account.path("last_name").asText()).isEqualTo("Jones");
    assertThat(account.path("phone_number").asText()).isEqualTo("+19876543210");
    assertThat(account.path("updated_at").asText())
        .isNotEqualTo(account.path("created_at").asText());
    assertThat(kev.api().get("/api/v1/user/accounts").json().get(0).path("last_name").asText())
        .isEqualTo("Jones");
  }

  @Test
  void patchAndPut_formEncodedOrMultipart_withOrWithoutTheTrailingSlash() {
    CarCareAccounts.Signed pat = CarCareAccounts.register(server, "patch", "mechanic");

    assertThat(
            pat.api()
                .form("PATCH", "/api/v1/user/accounts/", Map.of("last_name", "Formed"))
                .text("last_name"))
        .isEqualTo("Formed");
    assertThat(
            pat.api()
                .multipart("PUT", "/api/v1/user/accounts", Map.of("first_name", "Parted"))
                .text("first_name"))
        .isEqualTo("Parted");
    assertThat(
            pat.api().patch("/api/v1/user/accounts", Map.of("first_name", "Jay")).text("last_name"))
        .isEqualTo("Formed");
    assertThat(pat.api().form("PUT", "/api/v1/user/accounts/", Map.of("last_name", "Put")).status())
        .isEqualTo(200);
    assertThat(
            pat.api()
                .multipart("PATCH", "/api/v1/user/accounts", Map.of("first_name", "Multi"))
                .text("last_name"))
        .isEqualTo("Put");
    JsonNode account = pat.api().get("/api/v1/user/accounts").json().get(0);
    assertThat(account.path("first_name").asText() + " " + account.path("last_name").asText())
        .isEqualTo("Multi Put");
  }

  @Test
  void deleteAccounts_answers204_andTheAccountAndItsTokenAreGone() {
    CarCareAccounts.Signed gone = CarCareAccounts.register(server, "gone", "customer");

    Api.Reply reply = gone.api().delete("/api/v1/user/accounts/");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertDrfError(gone.api().get("/api/v1/user/accounts"), 401);
    assertInvalidInput(
        server
            .api()
            .post(
                "/api/v1/user/login/", Map.of("username", "gone", "password", Accounts.PASSWORD)));
  }
}
