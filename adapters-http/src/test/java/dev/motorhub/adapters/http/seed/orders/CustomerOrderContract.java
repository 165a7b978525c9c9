package dev.motorhub.adapters.http.seed.orders;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertFieldError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Customer-Order seed's (004) routes, the same on every store: its customers and orders in its
 * shapes and words, ten a page, with and without the trailing slash, {@code Token} or {@code
 * Bearer}, each route with anonymous, the customer, another customer, a mechanic, staff and a
 * superuser, and bad input refused on its field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CustomerOrderContract {
  /** The superuser the server under test must have. */
  public static final String ROOT = "root";

  public static final String PASSWORD = "Correct-Horse-Battery-9";
  private static final List<String> CUSTOMER = List.of("id", "name", "phone_number");
  private static final List<String> ORDER =
      List.of("id", "item", "amount", "created_at", "customer");
  private static final DateTimeFormatter SEED_TIME =
      DateTimeFormatter.ofPattern("MMMM dd, yyyy, hh:mm a", Locale.ENGLISH);

  private Api anonymous;
  private Api root;
  private Api staff;
  private Api alice;
  private String alicesProfile;
  private Api bob;
  private Api mo;
  private int phones;

  /** Starts the server under test, whose superuser is {@link #ROOT}; a client of it. */
  protected abstract Api start();

  protected abstract void stop();

  @BeforeAll
  void startTheServer() {
    anonymous = start();
    root = anonymous.token(token(ROOT));
    staff = anonymous.token(staffMember("seed4_staff"));
    alice = anonymous.token(registered("seed4_alice", "customer"));
    alicesProfile = alice.get("/v1/me").text("customer_id");
    bob = anonymous.bearer(registered("seed4_bob", "customer"));
    mo = anonymous.token(registered("seed4_mo", "mechanic"));
  }

  @AfterAll
  void stopTheServer() {
    stop();
  }

  private String phone() {
    phones++;
    return String.format("+2547%08d", 10_000_000 + phones * 7919 % 89_000_000);
  }

  private String addCustomer(String name) {
    Api.Reply added =
        staff.post("/api/add-customer/", Map.of("name", name, "phone_number", phone()));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.text("id");
  }

  private String addOrder(String customer, String item, Object amount) {
    Api.Reply added =
        staff.post(
            "/api/add-order/", Map.of("customer_id", customer, "item", item, "amount", amount));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.text("id");
  }

  @Test
  void addCustomer_withTheSeedsExample_answersItsShape_andRefusesTheSameNumberTwice() {
    String number = phone();
    for (String path : List.of("/api/add-customer/", "/api/add-customer")) {
      Map<String, Object> boss = Map.of("name", "boss", "phone_number", number);
      Api.Reply reply = staff.post(path, boss);
      if (path.endsWith("/")) {
        JsonNode body = assertSuccess(reply, 201);
        assertThat(fieldNames(body)).containsExactlyElementsOf(CUSTOMER);
        assertThat(body.path("name").asText()).isEqualTo("boss");
        assertThat(body.path("phone_number").asText()).isEqualTo(number);
      } else {
        assertThat(assertFieldError(reply, 400, "phone_number").get(0).asText())
            .isEqualTo("A customer with this phone number already exists.");
      }
    }
    assertThat(
            assertFieldError(
                    staff.post(
                        "/api/add-customer/", Map.of("name", "boss", "phone_number", "0704044033")),
                    400,
                    "phone_number")
                .get(0)
                .asText())
        .contains("E.164");
    assertFieldError(
        staff.post("/api/add-customer/", Map.of("name", "n".repeat(51), "phone_number", phone())),
        400,
        "name");
    assertFieldError(
        staff.post("/api/add-customer/", Map.of("name", List.of("x"), "phone_number", phone())),
        400,
        "name");
    assertFieldError(
        staff.post("/api/add-customer/", Map.of("name", "bo\u0000ss", "phone_number", phone())),
        400,
        "name");
    assertFieldError(staff.post("/api/add-customer/", Map.of("name", "x")), 400, "phone_number");
  }

  @Test
  void getCustomers_pagesTenAtATime_oldestFirst_withCountNextAndPrevious() {
    for (int i = 0; i < 11; i++) {
      addCustomer("paged " + i);
    }
    JsonNode first = assertSuccess(staff.get("/api/get-customers/"), 200);
    assertThat(fieldNames(first)).containsExactly("count", "next", "previous", "results");
    long count = first.path("count").asLong();
    assertThat(count).isGreaterThanOrEqualTo(11);
    assertThat(first.path("results").size()).isEqualTo(10);
    assertThat(first.path("previous").isNull()).isTrue();
    assertThat(first.path("next").asText()).endsWith("/api/get-customers/?page=2");
    assertThat(fieldNames(first.path("results").get(0))).containsExactlyElementsOf(CUSTOMER);

    long pages = (count + 9) / 10;
    JsonNode last = assertSuccess(staff.get("/api/get-customers?page=" + pages), 200);
    assertThat(last.path("next").isNull()).isTrue();
    assertThat(last.path("previous").asText()).contains("/api/get-customers");
    assertThat(last.path("results").get(last.path("results").size() - 1).path("name").asText())
        .isEqualTo("paged 10");
    assertThat(
            assertDrfError(staff.get("/api/get-customers/?page=" + (pages + 1)), 404)
                .path("detail")
                .asText())
        .isEqualTo("Invalid page.");
    assertThat(
            assertDrfError(staff.get("/api/get-customers/?page=two"), 404).path("detail").asText())
        .isEqualTo("Invalid page.");
  }

  @Test
  void viewCustomer_showsTheCustomerAndAllTheirOrders() {
    String boss = addCustomer("viewed");
    String borns = addOrder(boss, "borns", 500);
    for (String path : List.of("/api/view-customer/" + boss, "/api/view-customer/" + boss + "/")) {
      JsonNode body = assertSuccess(staff.get(path), 200);
      assertThat(fieldNames(body)).containsExactly("id", "name", "phone_number", "orders");
      assertThat(body.path("orders").get(0).path("id").asText()).isEqualTo(borns);
      assertThat(body.path("orders").get(0).path("amount").asText()).isEqualTo("500.00");
    }
    assertThat(
            assertDrfError(staff.get("/api/view-customer/" + UUID.randomUUID()), 404)
                .path("detail")
                .asText())
        .isEqualTo("Not found.");
    assertFieldError(staff.get("/api/view-customer/not-a-uuid"), 400, "id");
  }

  @Test
  void updateCustomer_changesWhatIsSent_byPut() {
    String boss = addCustomer("boss");
    JsonNode body =
        assertSuccess(
            staff.put("/api/update-customer/" + boss + "/", Map.of("name", "bosslady")), 200);
    assertThat(fieldNames(body)).containsExactlyElementsOf(CUSTOMER);
    assertThat(body.path("name").asText()).isEqualTo("bosslady");
    String number = phone();
    assertThat(
            staff
                .put("/api/update-customer/" + boss, Map.of("phone_number", number))
                .text("phone_number"))
        .isEqualTo(number);
    String other = addCustomer("other");
    assertFieldError(
        staff.put("/api/update-customer/" + other + "/", Map.of("phone_number", number)),
        400,
        "phone_number");
    assertFieldError(
        staff.put("/api/update-customer/" + boss + "/", Map.of("phone_number", "254701")),
        400,
        "phone_number");
    assertDrfError(
        staff.put("/api/update-customer/" + UUID.randomUUID() + "/", Map.of("name", "x")), 404);
    assertFieldError(staff.put("/api/update-customer/nope/", Map.of("name", "x")), 400, "id");
  }

  @Test
  void deleteCustomer_removesOneWithoutOrders_andKeepsOneWithOrders() {
    String gone = addCustomer("gone");
    assertThat(staff.delete("/api/delete-customer/" + gone + "/").status()).isEqualTo(204);
    assertDrfError(staff.get("/api/view-customer/" + gone), 404);
    String kept = addCustomer("kept");
    addOrder(kept, "borns", "5");
    assertThat(
            assertDrfError(staff.delete("/api/delete-customer/" + kept), 409)
                .path("detail")
                .asText())
        .contains("orders");
    assertFieldError(staff.delete("/api/delete-customer/x1/"), 400, "id");
  }

  @Test
  void addOrder_withTheSeedsExample_answersItsShape_andQueuesTheSms() {
    String boss = addCustomer("12345sdsds");
    Api.Reply reply =
        staff.post(
            "/api/add-order/", Map.of("customer_id", boss, "item", "example_item", "amount", 100));
    JsonNode body = assertSuccess(reply, 201);
    assertThat(fieldNames(body)).containsExactlyElementsOf(ORDER);
    assertThat(body.path("amount").asText()).isEqualTo("100.00");
    assertThat(fieldNames(body.path("customer"))).containsExactlyElementsOf(CUSTOMER);
    assertThat(body.path("customer").path("id").asText()).isEqualTo(boss);
    ZonedDateTime created =
        ZonedDateTime.parse(body.path("created_at").asText(), SEED_TIME.withZone(ZoneOffset.UTC));
    assertThat(created.getYear()).isGreaterThanOrEqualTo(2026);
    assertThat(body.path("created_at").asText())
        .matches("[A-Z][a-z]+ \\d{2}, \\d{4}, \\d{2}:\\d{2} [AP]M");
    assertThat(pendingTextsAbout(body.path("id").asText()))
        .containsExactly("Order for example_item at USD 100.00 created");
  }

  /** The texts of the pending messages about one subject, as the store under test keeps them. */
  protected abstract List<String> pendingTextsAbout(String subjectId);

  @Test
  void badOrders_areRefusedOnTheirField() {
    String boss = addCustomer("bad orders");
    Map<String, Object> ok = Map.of("customer_id", boss, "item", "x", "amount", "1");
    record Bad(String field, Object value) {}
    for (Bad bad :
        List.of(
            new Bad("amount", "-5"),
            new Bad("amount", "abc"),
            new Bad("amount", "1.005"),
            new Bad("amount", 0),
            new Bad("amount", true),
            new Bad("item", ""),
            new Bad("item", "i".repeat(201)),
            new Bad("item", Map.of("a", "b")),
            new Bad("item", "x\u0000y"),
            new Bad("customer_id", UUID.randomUUID().toString()),
            new Bad("customer_id", "nope"))) {
      Map<String, Object> body = new java.util.HashMap<>(ok);
      body.put(bad.field(), bad.value());
      assertFieldError(staff.post("/api/add-order/", body), 400, bad.field());
    }
  }

  @Test
  void orders_areListed_viewed_changed_andDeleted() {
    String boss = addCustomer("orders");
    String first = addOrder(boss, "borns", "500");
    String second = addOrder(boss, "bread", "20.5");

    JsonNode page = assertSuccess(staff.get("/api/get-orders/"), 200);
    assertThat(fieldNames(page)).containsExactly("count", "next", "previous", "results");
    assertThat(fieldNames(page.path("results").get(0))).containsExactlyElementsOf(ORDER);

    JsonNode one = assertSuccess(staff.get("/api/view-order/?order_id=" + first), 200);
    assertThat(one.path("item").asText()).isEqualTo("borns");
    JsonNode hers = assertSuccess(staff.get("/api/view-order?customer_id=" + boss), 200);
    assertThat(hers.isArray()).isTrue();
    assertThat(hers.findValuesAsText("item")).containsExactly("borns", "bread");
    assertFieldError(staff.get("/api/view-order/"), 400, "order_id");
    assertFieldError(staff.get("/api/view-order/?order_id=nope"), 400, "order_id");
    assertFieldError(staff.get("/api/view-order/?customer_id=nope"), 400, "customer_id");
    assertThat(
            assertDrfError(staff.get("/api/view-order/?order_id=" + UUID.randomUUID()), 404)
                .path("detail")
                .asText())
        .isEqualTo("Not found.");

    JsonNode changed =
        assertSuccess(staff.put("/api/update-order/" + second, Map.of("amount", 22)), 200);
    assertThat(changed.path("amount").asText()).isEqualTo("22.00");
    assertThat(changed.path("item").asText()).isEqualTo("bread");
    assertFieldError(
        staff.put("/api/update-order/" + second + "/", Map.of("amount", "-1")), 400, "amount");
    assertFieldError(staff.put("/api/update-order/nope", Map.of("item", "x")), 400, "id");
    assertDrfError(staff.put("/api/update-order/" + UUID.randomUUID(), Map.of("item", "x")), 404);

    assertThat(staff.delete("/api/update-order/" + second + "/").status()).isEqualTo(204);
    assertDrfError(staff.get("/api/view-order/?order_id=" + second), 404);
  }

  @Test
  void everyRoute_answersEachCallerAsThePolicySays() {
    String alicesOrder = addOrder(alicesProfile, "wipers", "12");
    String boss = addCustomer("private");
    String order = "/api/view-order/?order_id=" + alicesOrder;
    Map<String, Object> newOrder = Map.of("customer_id", boss, "item", "x", "amount", "1");
    Map<String, Object> newCustomer = Map.of("name", "x", "phone_number", phone());

    // Anonymous: 401 everywhere.
    for (Api.Reply reply :
        List.of(
            anonymous.get("/api/get-customers/"),
            anonymous.get("/api/view-customer/" + boss),
            anonymous.post("/api/add-customer/", newCustomer),
            anonymous.put("/api/update-customer/" + boss + "/", Map.of("name", "y")),
            anonymous.delete("/api/delete-customer/" + boss + "/"),
            anonymous.get("/api/get-orders/"),
            anonymous.get(order),
            anonymous.post("/api/add-order/", newOrder),
            anonymous.put("/api/update-order/" + alicesOrder, Map.of("item", "y")),
            anonymous.delete("/api/update-order/" + alicesOrder))) {
      assertDrfError(reply, 401);
    }

    // The customer sees herself and her orders, and changes nothing.
    assertThat(alice.get("/api/view-customer/" + alicesProfile).json().path("orders").size())
        .isEqualTo(1);
    assertThat(alice.get(order).text("item")).isEqualTo("wipers");
    assertThat(alice.get("/api/get-orders/").json().path("count").asInt()).isEqualTo(1);
    assertDrfError(alice.get("/api/get-customers/"), 403);
    assertDrfError(alice.get("/api/view-customer/" + boss), 404);
    assertDrfError(alice.post("/api/add-customer/", newCustomer), 403);
    assertDrfError(alice.post("/api/add-order/", newOrder), 403);
    assertDrfError(alice.put("/api/update-order/" + alicesOrder, Map.of("item", "y")), 403);
    assertDrfError(alice.delete("/api/update-order/" + alicesOrder), 403);
    assertDrfError(alice.delete("/api/delete-customer/" + boss), 404);

    // Another customer (with Bearer) and a mechanic see none of it.
    for (Api other : List.of(bob, mo)) {
      assertDrfError(other.get(order), 404);
      assertDrfError(other.get("/api/view-customer/" + alicesProfile), 404);
      assertDrfError(other.put("/api/update-order/" + alicesOrder, Map.of("item", "y")), 404);
      assertDrfError(other.delete("/api/update-order/" + alicesOrder), 404);
      assertDrfError(other.put("/api/update-customer/" + boss, Map.of("name", "y")), 404);
      assertDrfError(other.post("/api/add-order/", newOrder), 403);
    }
    assertThat(bob.get("/api/get-orders/").json().path("count").asInt()).isZero();
    assertThat(bob.get("/api/view-order/?customer_id=" + alicesProfile).json().size()).isZero();
    assertDrfError(mo.get("/api/get-orders/"), 403);

    // Staff and the superuser manage all of it.
    assertThat(root.get(order).text("item")).isEqualTo("wipers");
    assertThat(root.get("/api/get-customers/").status()).isEqualTo(200);
    assertThat(root.put("/api/update-order/" + alicesOrder, Map.of("item", "blades")).text("item"))
        .isEqualTo("blades");
    assertThat(staff.get("/api/view-customer/" + alicesProfile).text("name")).isNotBlank();
    assertThat(root.delete("/api/update-order/" + alicesOrder).status()).isEqualTo(204);
  }

  private String token(String username) {
    Api.Reply reply =
        anonymous.post("/v1/auth/login", Map.of("username", username, "password", PASSWORD));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.text("access_token");
  }

  /** A staff account the superuser opens, its access token. */
  private String staffMember(String username) {
    Api.Reply reply = root.post("/v1/users", account(username, "staff"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return token(username);
  }

  /** An account of {@code role} that signs itself up, its access token. */
  private String registered(String username, String role) {
    Api.Reply reply = anonymous.post("/v1/auth/register", account(username, role));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.text("access_token");
  }

  private static Map<String, Object> account(String username, String role) {
    return Map.of(
        "username", username,
        "email", username + "@example.com",
        "password", PASSWORD,
        "phone_number", String.format("+2547%08d", Math.floorMod(username.hashCode(), 100_000_000)),
        "role", role);
  }
}
