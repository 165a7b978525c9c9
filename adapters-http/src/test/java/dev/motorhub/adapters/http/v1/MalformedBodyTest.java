package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies the server cannot read as named fields: broken or non-object JSON, broken forms, bodies
 * over the size limit. Each is a 4xx problem, never a 500.
 */
class MalformedBodyTest {
  static TestServer server;
  static Accounts.Signed customer;
  static Api staff;
  static String customerProfile;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    customer = Accounts.customer(server, "patty");
    staff = Accounts.administrator(server, "warden", Role.STAFF).api();
    customerProfile = customer.api().get("/v1/me").text("customer_id");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A route that reads a JSON body, called by someone allowed to call it. */
  static Stream<Arguments> bodyRoutes() {
    return Stream.of(
        Arguments.of("POST", "/v1/auth/register", anonymous()),
        Arguments.of("POST", "/v1/auth/login", anonymous()),
        Arguments.of("POST", "/v1/auth/refresh", anonymous()),
        Arguments.of("PATCH", "/v1/me", asCustomer()),
        Arguments.of("PUT", "/v1/me/subscription", asCustomer()),
        Arguments.of("PUT", "/v1/auth/password", asCustomer()),
        Arguments.of("POST", "/v1/users", asStaff()),
        Arguments.of("PATCH", "/v1/customers/{profile}", asCustomer()),
        Arguments.of("POST", "/v1/subscription-plans", asStaff()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bodyRoutes")
  void malformedJson_isAMalformedBodyProblem(
      String method, String path, Function<TestServer, Api> who) {
    Api.Reply reply =
        who.apply(server).send(method, resolve(path), "{\"username\": \"x\",", "application/json");

    assertProblem(reply, 400);
    assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:malformed_body");
    assertThat(reply.text("detail")).isEqualTo("The request body is not valid JSON.");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bodyRoutes")
  void aJsonArrayBody_isRefusedAsNotAnObject(
      String method, String path, Function<TestServer, Api> who) {
    Api.Reply reply =
        who.apply(server)
            .send(method, resolve(path), "[{\"username\": \"x\"}]", "application/json");

    assertProblem(reply, 400);
    assertThat(reply.text("detail")).isEqualTo("The request body must be a JSON object.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "\"text\"", "true", "null"})
  void aBareJsonValue_isRefusedAsNotAnObject(String body) {
    Api.Reply reply = staff.send("POST", "/v1/subscription-plans", body, "application/json");

    assertProblem(reply, 400);
    assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:malformed_body");
  }

  @Test
  void deeplyNestedJson_isAMalformedBody_notAStackOverflow() {
    String nested = "{\"name\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertProblem(staff.post("/v1/subscription-plans", nested), 400);
  }

  @Test
  void aBrokenMultipartForm_isAMalformedBody() {
    Api.Reply reply =
        customer
            .api()
            .send("PATCH", "/v1/me", "not a multipart body", "multipart/form-data; boundary=XX");
    assertProblem(reply, 400);
    assertThat(reply.text("detail")).isEqualTo("The request body is not a valid form.");
    assertThat(reply.header("Connection")).isEqualTo("close");
    assertThat(customer.api().get("/v1/me").status()).isEqualTo(200);
  }

  @Test
  void aMultipartFormWithoutBoundary_isAMalformedBody() {
    assertProblem(customer.api().send("PATCH", "/v1/me", "a=b", "multipart/form-data"), 400);
  }

  @Test
  void bodiesOverTheLimit_areContentTooLarge() {
    String huge = "{\"notes\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}";
    String hugeForm = "notes=" + "x".repeat((int) TestServer.MAX_BODY_BYTES);

    for (Api.Reply reply :
        new Api.Reply[] {
          server.api().post("/v1/auth/register", huge),
          server
              .api()
              .send("POST", "/v1/auth/register", hugeForm, "application/x-www-form-urlencoded"),
          customer.api().patch("/v1/me", huge),
          customer.api().patch("/v1/customers/" + customerProfile, huge),
          staff.post("/v1/subscription-plans", huge)
        }) {
      assertProblem(reply, 413);
      assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:content_too_large");
    }
  }

  @Test
  void aBodyJustUnderTheLimit_isRead_andJudgedOnItsFields() {
    String almost = "{\"notes\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES - 100) + "\"}";

    Api.Reply reply = customer.api().patch("/v1/customers/" + customerProfile, almost);

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").has("notes")).isTrue();
  }

  private static String resolve(String path) {
    return path.replace("{profile}", customerProfile).replace("{me}", customer.id());
  }

  private static Function<TestServer, Api> anonymous() {
    return TestServer::api;
  }

  private static Function<TestServer, Api> asCustomer() {
    return s -> customer.api();
  }

  private static Function<TestServer, Api> asStaff() {
    return s -> staff;
  }
}
