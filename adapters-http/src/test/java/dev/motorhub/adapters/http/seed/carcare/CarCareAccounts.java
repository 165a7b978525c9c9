package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Accounts made CarCarePro's way: registration with a {@code user_type}, then login (202). */
final class CarCareAccounts {
  private CarCareAccounts() {}

  /** A signed-in account: its username, both tokens and a client sending {@code Token …}. */
  record Signed(String username, String token, String refreshToken, Api api) {}

  /** The seed's registration body; {@code phone} in E.164, as the platform keeps phones. */
  static Map<String, Object> registration(String username, Object userType, String phone) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("first_name", "First" + username);
    body.put("last_name", "Last" + username);
    body.put("email", username + "@example.com");
    if (phone != null) {
      body.put("phone_number", phone);
    }
    body.put("password", Accounts.PASSWORD);
    if (userType != null) {
      body.put("user_type", userType);
    }
    return body;
  }

  static Signed register(TestServer server, String username, String userType) {
    Api.Reply registered =
        server.api().post("/api/v1/user/registration/", registration(username, userType, null));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return logIn(server, username);
  }

  static Signed logIn(TestServer server, String username) {
    Api.Reply reply =
        server
            .api()
            .post(
                "/api/v1/user/login/", Map.of("username", username, "password", Accounts.PASSWORD));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
    String token = reply.text("token");
    return new Signed(username, token, reply.text("refresh_token"), server.api().token(token));
  }

  /** The seed's 400: {@code "error_message": "Invalid Input"} beside DRF's fields or detail. */
  static JsonNode assertInvalidInput(Api.Reply reply) {
    JsonNode body = assertDrfError(reply, 400);
    assertThat(body.path("error_message").asText()).isEqualTo("Invalid Input");
    assertThat(body.size()).as("a reason beside the message: " + reply).isGreaterThan(1);
    return body;
  }
}
