package dev.motorhub.adapters.http.seed;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Garage;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix;
import dev.motorhub.domain.identity.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A username, email, phone or licence plate already taken is DRF's 400 on that field on every
 * seed's register, change and car routes (seed 002 documents it so), with the field's message; the
 * platform's own {@code /v1} keeps its 409.
 */
class SeedDuplicatesTest {
  private static final String USERNAME_TAKEN = "A user with this username already exists.";
  private static final String EMAIL_TAKEN = "A user with this email already exists.";
  private static final String PHONE_TAKEN = "A user with this phone number already exists.";
  private static final String PLATE_TAKEN =
      "A vehicle with this licence plate is already registered.";
  static TestServer server;
  static Api superuser;
  Accounts.Signed taken;
  Accounts.Signed other;
  String plate;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    superuser = Accounts.administrator(server, "dupe_root", Role.SUPERUSER).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void twoCustomers_oneWithAPhoneAndACar() {
    taken = Accounts.customer(server, Matrix.unique("dana"));
    other = Accounts.customer(server, Matrix.unique("omar"));
    String phone = "+25479" + String.format("%07d", Integer.parseInt(Matrix.unique("")));
    assertThat(taken.api().patch("/v1/me", Map.of("phone_number", phone)).status()).isEqualTo(200);
    plate = Matrix.unique("DUP-");
    Garage.register(taken.api(), plate);
  }

  @Test
  void leaseApi_registerChangeAndAdd() {
    assertMessage(post("/api/register/", signUp(taken.username().toUpperCase())), "username")
        .isEqualTo(USERNAME_TAKEN);
    Map<String, Object> sameEmail = signUp(Matrix.unique("eve"));
    sameEmail.put("email", taken.username() + "@example.com");
    assertMessage(post("/api/register/", sameEmail), "email").isEqualTo(EMAIL_TAKEN);
    assertMessage(
            other.api().put("/api/user/" + other.id(), Map.of("username", taken.username())),
            "username")
        .isEqualTo(USERNAME_TAKEN);
    assertMessage(superuser.post("/api/user/", signUp(taken.username())), "username")
        .isEqualTo(USERNAME_TAKEN);
  }

  @Test
  void carCarePro_registrationAndAccountChange_saySoBesideTheirInvalidInput() {
    Map<String, Object> samePhone = signUp(Matrix.unique("kev"));
    samePhone.put("phone_number", phoneOf(taken));
    JsonNode answer =
        assertFieldError(post("/api/v1/user/registration/", samePhone), 400, "phone_number");
    assertThat(answer.get(0).asText()).isEqualTo(PHONE_TAKEN);

    Api.Reply change =
        other
            .api()
            .put("/api/v1/user/accounts", Map.of("email", taken.username() + "@example.com"));
    assertThat(assertFieldError(change, 400, "email").get(0).asText()).isEqualTo(EMAIL_TAKEN);
    assertThat(change.json().path("error_message").asText()).isEqualTo("Invalid Input");
  }

  @Test
  void matchmaking_signUpAndProfileChange() {
    Map<String, Object> samePhone = signUp(Matrix.unique("syam"));
    samePhone.put("phone_number", phoneOf(taken));
    assertMessage(post("/users/", samePhone), "phone_number").isEqualTo(PHONE_TAKEN);
    assertMessage(
            other.api().patch("/users/byId/", Map.of("username", taken.username())), "username")
        .isEqualTo(USERNAME_TAKEN);
  }

  @Test
  void myCars_adminUsersAndCars_underTheSeedsNames() {
    Api admin = Accounts.administrator(server, Matrix.unique("carsadmin"), Role.STAFF).api();
    Map<String, Object> samePhone = signUp(Matrix.unique("jane"));
    samePhone.put("phone", phoneOf(taken));
    assertMessage(admin.post("/api/admin/users/", samePhone), "phone").isEqualTo(PHONE_TAKEN);
    assertMessage(
            admin.put(
                "/api/admin/users/" + other.id() + "/",
                Map.of("email", taken.username() + "@example.com")),
            "email")
        .isEqualTo(EMAIL_TAKEN);

    String car = Garage.register(other.api(), Matrix.unique("OWN-"));
    assertMessage(other.api().patch("/api/cars/" + car + "/", Map.of("license", plate)), "license")
        .isEqualTo(PLATE_TAKEN);
    String adminCar = "/api/admin/users/" + other.id() + "/cars/" + car + "/";
    assertMessage(admin.patch(adminCar, Map.of("license", plate.toLowerCase())), "license")
        .isEqualTo(PLATE_TAKEN);
  }

  @Test
  void v1_keepsItsConflict() {
    Api.Reply user = post("/v1/auth/register", signUp(taken.username()));
    Api.Reply car = other.api().post("/v1/vehicles", Garage.vehicle(plate));

    for (Api.Reply reply : new Api.Reply[] {user, car}) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(user.json().path("errors").has("username")).isTrue();
    assertThat(car.json().path("errors").has("license_plate")).isTrue();
  }

  private static Api.Reply post(String path, Object body) {
    return server.api().post(path, body);
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertMessage(
      Api.Reply reply, String field) {
    return assertThat(assertFieldError(reply, 400, field).get(0).asText());
  }

  private String phoneOf(Accounts.Signed account) {
    return account.api().get("/v1/me").text("phone_number");
  }

  private static Map<String, Object> signUp(String username) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("email", username.toLowerCase() + "@example.com");
    body.put("password", Accounts.PASSWORD);
    body.put("password2", Accounts.PASSWORD);
    body.put("first_name", "First");
    body.put("last_name", "Last");
    return body;
  }
}
