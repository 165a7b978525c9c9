package dev.motorhub.adapters.http.seed.mycars;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * My Cars' {@code phone} is optional free text, as its examples ({@code 555-1234}, {@code
 * 555-5678}) are: kept as given on registration and on the admin routes, unique as written, and
 * never used to send messages. Wherever a phone is sent as {@code phone_number}, it is E.164.
 */
class MyCarsFreeTextPhoneTest {
  static TestServer server;
  static Api admin;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    admin = Accounts.administrator(server, "phoneadmin", Role.STAFF).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Map<String, String> withPhone(String username, String field, String phone) {
    Map<String, String> body = new HashMap<>(SeedClients.registration(username));
    body.put(field, phone);
    return body;
  }

  @Test
  void register_withTheSeedsExample_keepsThePhoneAsGiven_offTheCustomerProfile() {
    String name = SeedClients.unique("john");
    Api.Reply reply = server.api().post("/api/register/", withPhone(name, "phone", "555-1234"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    Api john = server.api().bearer(reply.text("access"));
    assertThat(john.get("/api/me/").text("phone")).isEqualTo("555-1234");
    assertThat(john.get("/v1/me").text("phone_number")).isEqualTo("555-1234");
    String customer = reply.text("customer id");
    assertThat(john.get("/v1/customers/" + customer).json().path("phone_number").isNull()).isTrue();
  }

  @Test
  void adminCreateAndUpdate_takeTheSeedsExamples() {
    String name = SeedClients.unique("jane");
    Api.Reply created = admin.post("/api/admin/users/", withPhone(name, "phone", "555-5678"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.text("phone")).isEqualTo("555-5678");

    String path = "/api/admin/users/" + created.text("id") + "/";
    Api.Reply updated = admin.put(path, Map.of("phone", "555-9999"));

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.text("phone")).isEqualTo("555-9999");
    assertThat(admin.get(path).text("phone")).isEqualTo("555-9999");
  }

  @Test
  void aPhoneIsUniqueAsWritten() {
    admin.post("/api/admin/users/", withPhone(SeedClients.unique("ann"), "phone", "555-2468"));

    Api.Reply same =
        server
            .api()
            .post("/api/register/", withPhone(SeedClients.unique("bob"), "phone", "555-2468"));
    Api.Reply spacedOtherwise =
        server
            .api()
            .post("/api/register/", withPhone(SeedClients.unique("cal"), "phone", "555 2468"));

    assertFieldErrors(same, 400, "phone");
    assertThat(spacedOtherwise.status()).as(spacedOtherwise.toString()).isEqualTo(201);
  }

  @Test
  void sentAsPhoneNumber_aPhoneIsE164_onEveryRoute() {
    Map<String, String> body = withPhone(SeedClients.unique("kim"), "phone_number", "555-1234");

    assertFieldErrors(server.api().post("/api/register/", body), 400, "phone_number");
    body.put("role", "user");
    assertFieldErrors(server.api().post("/users/", body), 400, "phone_number");
    body.remove("role");
    Api.Reply platform = server.api().post("/v1/auth/register", body);
    assertThat(platform.status()).as(platform.toString()).isEqualTo(400);
    assertThat(platform.json().path("errors").has("phone_number")).isTrue();
  }
}
