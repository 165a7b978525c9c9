package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertFieldError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CarCarePro's customer records, {@code GET /api/v1/user/?user_type=customers}: every record for
 * staff, one's own for a customer, none for a mechanic; each with its {@code account_id}.
 */
class CarCareCustomerRoutesTest {
  static TestServer server;
  static CarCareAccounts.Signed cora;
  static CarCareAccounts.Signed carl;
  static CarCareAccounts.Signed mel;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    cora = CarCareAccounts.register(server, "cora", "customer");
    carl = CarCareAccounts.register(server, "carl", "customer");
    mel = CarCareAccounts.register(server, "mel", "mechanic");
    Api.Reply address =
        server
            .api()
            .bearer(cora.token())
            .patch(
                "/v1/customers/"
                    + server.api().bearer(cora.token()).get("/v1/me").text("customer_id"),
                Map.of(
                    "address",
                    "1 Main St",
                    "city",
                    "Nairobi",
                    "state",
                    "NBO",
                    "zip_code",
                    "00100"));
    assertThat(address.status()).as(address.toString()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aCustomer_seesTheirOwnRecord_inTheSeedsShape() {
    String coraId = server.api().bearer(cora.token()).get("/v1/me").text("id");

    for (String path :
        List.of("/api/v1/user/?user_type=customers", "/api/v1/user?user_type=customers")) {
      JsonNode list = assertSuccess(cora.api().get(path), 200);
      assertThat(list).hasSize(1);
      JsonNode record = list.get(0);
      assertThat(fieldNames(record))
          .containsExactly("id", "account_id", "address", "city", "state", "zip_code");
      assertThat(record.path("account_id").asText()).isEqualTo(coraId);
      assertThat(record.path("address").asText()).isEqualTo("1 Main St");
      assertThat(record.path("zip_code").asText()).isEqualTo("00100");
    }
  }

  @Test
  void aMechanic_hasNoCustomerRecord() {
    JsonNode list = assertSuccess(mel.api().get("/api/v1/user/?user_type=customers"), 200);

    assertThat(list.isArray() && list.isEmpty()).isTrue();
  }

  @Test
  void staff_seeEveryCustomersRecord_andNoMechanic() {
    Api staff =
        server.api().token(Accounts.administrator(server, "boss", Role.STAFF).accessToken());

    JsonNode list = assertSuccess(staff.get("/api/v1/user/?user_type=customer"), 200);

    assertThat(list)
        .extracting(n -> n.path("account_id").asText())
        .containsExactlyInAnyOrder(
            server.api().bearer(cora.token()).get("/v1/me").text("id"),
            server.api().bearer(carl.token()).get("/v1/me").text("id"));
  }

  @Test
  void withoutAUserType_theFieldIsRequired() {
    assertThat(assertFieldError(cora.api().get("/api/v1/user/"), 400, "user_type").get(0).asText())
        .isEqualTo("This field is required.");
    assertFieldError(cora.api().get("/api/v1/user/?user_type=%20"), 400, "user_type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mechanics", "invoices", "%27%20OR%201%3D1%20--"})
  void anotherUserType_isNotAChoice(String type) {
    assertThat(
            assertFieldError(cora.api().get("/api/v1/user/?user_type=" + type), 400, "user_type")
                .get(0)
                .asText())
        .isEqualTo("Select a valid choice: customers.");
  }

  @Test
  void withoutAToken_isUnauthenticated() {
    assertDrfError(server.api().get("/api/v1/user/?user_type=customers"), 401);
    assertDrfError(server.api().bearer("nope").get("/api/v1/user/?user_type=customers"), 401);
  }
}
