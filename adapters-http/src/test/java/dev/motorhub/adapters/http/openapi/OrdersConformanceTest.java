package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.Store;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/orders}, and the standalone customers on {@code /v1/customers}, through the real
 * server with every response checked against the OpenAPI document ({@link ConformingApi}): each
 * route with anonymous, the customer, another customer, a mechanic, staff and a superuser, and bad
 * input.
 */
class OrdersConformanceTest {
  static final Set<String> TAGS = Set.of("orders");
  private static final AtomicInteger PHONES = new AtomicInteger();
  static TestServer server;
  static OpenApiDocument document;

  private ConformingApi anonymous;
  private ConformingApi alice;
  private ConformingApi bob;
  private ConformingApi mo;
  private ConformingApi staff;
  private ConformingApi root;
  private String alicesProfile;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void callers() {
    String suffix = Long.toString(System.nanoTime(), 36);
    anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed a = Accounts.customer(server, "alice" + suffix);
    alice = anonymous.bearer(a.accessToken());
    bob = anonymous.bearer(Accounts.customer(server, "bob" + suffix).accessToken());
    mo = anonymous.bearer(Accounts.mechanic(server, "mo" + suffix).accessToken());
    staff =
        anonymous.bearer(Accounts.administrator(server, "sam" + suffix, Role.STAFF).accessToken());
    root =
        anonymous.bearer(
            Accounts.administrator(server, "root" + suffix, Role.SUPERUSER).accessToken());
    alicesProfile = a.api().get("/v1/me").text("customer_id");
  }

  /** A phone no other customer of this class's server has. */
  private static String phone() {
    return String.format("+2547%08d", 20_000_000 + PHONES.incrementAndGet());
  }

  private List<SmsMessage> outbox() {
    Store store = server.core().store();
    return store
        .transactions()
        .inTransaction(() -> store.smsOutbox().list(Optional.empty(), PageRequest.first(100)))
        .items();
  }

  private List<SmsMessage> messagesAbout(String orderId) {
    return outbox().stream().filter(m -> m.subjectId().toString().equals(orderId)).toList();
  }

  @Test
  void staffKeepAStandaloneCustomer_onV1Customers() {
    String number = phone();
    Api.Reply boss = staff.post("/v1/customers", body("name", "boss", "phone_number", number));
    assertThat(boss.status()).isEqualTo(201);
    assertThat(boss.text("kind")).isEqualTo("standalone");
    assertThat(boss.text("name")).isEqualTo("boss");
    assertThat(boss.json().path("user_id").isNull()).isTrue();
    assertThat(boss.header("Location")).isEqualTo("/v1/customers/" + boss.text("id"));
    String path = "/v1/customers/" + boss.text("id");

    assertThat(staff.get(path).text("phone_number")).isEqualTo(number);
    assertThat(
            root.get("/v1/customers?kind=standalone&phone_number=" + number.replace("+", "%2B"))
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asText())
        .isEqualTo(boss.text("id"));
    assertThat(staff.patch(path, Map.of("name", "bosslady")).text("name")).isEqualTo("bosslady");
    assertThat(staff.patch(path, Map.of("first_name", "Bo")).status()).isEqualTo(400);
    assertThat(staff.patch(path, Map.of("phone_number", "")).status()).isEqualTo(400);

    // Only staff see and keep them.
    assertThat(alice.get(path).status()).isEqualTo(404);
    assertThat(mo.get(path).status()).isEqualTo(404);
    assertThat(anonymous.get(path).status()).isEqualTo(401);
    assertThat(alice.post("/v1/customers", body("name", "x", "phone_number", phone())).status())
        .isEqualTo(403);
    assertThat(mo.patch(path, Map.of("name", "x")).status()).isEqualTo(404);
    assertThat(alice.delete(path).status()).isEqualTo(404);

    // Bad input: a phone without its country code, a duplicate, a 51-character name.
    Api.Reply local = staff.post("/v1/customers", body("name", "x", "phone_number", "0704044033"));
    assertThat(local.status()).isEqualTo(400);
    assertThat(local.json().path("errors").has("phone_number")).isTrue();
    Api.Reply twice = staff.post("/v1/customers", body("name", "y", "phone_number", number));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().path("errors").has("phone_number")).isTrue();
    Api.Reply long51 =
        staff.post("/v1/customers", body("name", "n".repeat(51), "phone_number", phone()));
    assertThat(long51.status()).isEqualTo(400);
    assertThat(long51.json().path("errors").has("name")).isTrue();
    Api.Reply typed = staff.post("/v1/customers", body("name", 42, "phone_number", phone()));
    assertThat(typed.status()).isEqualTo(400);
    assertThat(typed.json().path("errors").has("name")).isTrue();
    Api.Reply nul =
        staff.post("/v1/customers", body("name", "bo\u0000ss", "phone_number", phone()));
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().path("errors").has("name")).isTrue();

    assertThat(staff.delete(path).status()).isEqualTo(204);
    assertThat(staff.get(path).status()).isEqualTo(404);
  }

  @Test
  void placingAnOrder_leavesExactlyOnePendingSmsWithTheTemplatedText() {
    String number = phone();
    String boss =
        staff.post("/v1/customers", body("name", "boss", "phone_number", number)).text("id");
    Api.Reply placed =
        staff.post("/v1/orders", body("customer_id", boss, "item", "borns", "amount", 500));
    assertThat(placed.status()).isEqualTo(201);
    assertThat(placed.header("Location")).isEqualTo("/v1/orders/" + placed.text("id"));
    assertThat(placed.text("amount")).isEqualTo("500.00");
    assertThat(placed.text("currency")).isEqualTo("USD");
    assertThat(placed.json().path("customer").path("name").asText()).isEqualTo("boss");

    assertThat(messagesAbout(placed.text("id")))
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.text()).isEqualTo("Order for borns at USD 500.00 created");
              assertThat(sms.to().value()).isEqualTo(number);
              assertThat(sms.status()).isEqualTo(SmsStatus.PENDING);
            });

    // Changing and deleting it texts nobody.
    int before = outbox().size();
    String path = "/v1/orders/" + placed.text("id");
    Api.Reply changed = staff.patch(path, Map.of("amount", "450.5"));
    assertThat(changed.text("amount")).isEqualTo("450.50");
    assertThat(changed.text("item")).isEqualTo("borns");
    assertThat(staff.delete(path).status()).isEqualTo(204);
    assertThat(outbox()).hasSize(before);
    assertThat(staff.get(path).status()).isEqualTo(404);
  }

  @Test
  void everyOrderRoute_answersEachCallerAsThePolicySays() {
    String alicesOrder =
        staff
            .post(
                "/v1/orders",
                body("customer_id", alicesProfile, "item", "wipers", "amount", "12.00"))
            .text("id");
    String path = "/v1/orders/" + alicesOrder;
    Map<String, Object> newOrder = body("customer_id", alicesProfile, "item", "x", "amount", "1");

    // Anonymous: 401 everywhere.
    assertThat(anonymous.get("/v1/orders").status()).isEqualTo(401);
    assertThat(anonymous.post("/v1/orders", newOrder).status()).isEqualTo(401);
    assertThat(anonymous.get(path).status()).isEqualTo(401);
    assertThat(anonymous.patch(path, Map.of("item", "y")).status()).isEqualTo(401);
    assertThat(anonymous.delete(path).status()).isEqualTo(401);

    // The customer reads her own order and lists her own, and changes nothing.
    assertThat(alice.get(path).text("item")).isEqualTo("wipers");
    assertThat(alice.get("/v1/orders").json().path("items").size()).isEqualTo(1);
    assertThat(alice.post("/v1/orders", newOrder).status()).isEqualTo(403);
    assertThat(alice.patch(path, Map.of("item", "y")).status()).isEqualTo(403);
    assertThat(alice.delete(path).status()).isEqualTo(403);

    // Another customer and a mechanic do not see it.
    assertThat(bob.get(path).status()).isEqualTo(404);
    assertThat(bob.get("/v1/orders").json().path("items").size()).isZero();
    assertThat(bob.get("/v1/orders?customer=" + alicesProfile).json().path("items").size())
        .isZero();
    assertThat(bob.patch(path, Map.of("item", "y")).status()).isEqualTo(404);
    assertThat(bob.delete(path).status()).isEqualTo(404);
    assertThat(mo.get(path).status()).isEqualTo(404);
    assertThat(mo.get("/v1/orders").status()).isEqualTo(403);
    assertThat(mo.post("/v1/orders", newOrder).status()).isEqualTo(403);
    assertThat(mo.patch(path, Map.of("item", "y")).status()).isEqualTo(404);
    assertThat(mo.delete(path).status()).isEqualTo(404);

    // Staff and the superuser manage every order.
    assertThat(staff.get("/v1/orders?customer=" + alicesProfile).json().path("items").size())
        .isEqualTo(1);
    assertThat(root.get(path).text("id")).isEqualTo(alicesOrder);
    assertThat(root.patch(path, Map.of("item", "blades")).text("item")).isEqualTo("blades");
    Api.Reply second = root.post("/v1/orders", newOrder);
    assertThat(second.status()).isEqualTo(201);
    assertThat(
            staff
                .get("/v1/orders?customer=" + alicesProfile + "&order=oldest&limit=1")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asText())
        .isEqualTo(alicesOrder);
    Api.Reply newest = staff.get("/v1/orders?customer=" + alicesProfile + "&limit=1");
    assertThat(newest.json().path("items").get(0).path("id").asText()).isEqualTo(second.text("id"));
    String cursor = newest.text("next_cursor");
    assertThat(
            staff
                .get("/v1/orders?customer=" + alicesProfile + "&limit=1&cursor=" + cursor)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asText())
        .isEqualTo(alicesOrder);

    // A customer with orders is kept (409), as is her account.
    assertThat(staff.delete("/v1/customers/" + alicesProfile).status()).isEqualTo(409);
    assertThat(root.delete(path).status()).isEqualTo(204);
    assertThat(staff.delete("/v1/orders/" + second.text("id")).status()).isEqualTo(204);
    assertThat(staff.get("/v1/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(staff.delete("/v1/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(staff.patch("/v1/orders/" + UUID.randomUUID(), Map.of()).status()).isEqualTo(404);
  }

  @Test
  void badOrders_areRefusedNamingTheField_andQueueNothing() {
    String boss =
        staff.post("/v1/customers", body("name", "boss", "phone_number", phone())).text("id");
    int before = outbox().size();
    assertRefused(body("customer_id", boss, "item", "x", "amount", "-5"), "amount");
    assertRefused(body("customer_id", boss, "item", "x", "amount", "abc"), "amount");
    assertRefused(body("customer_id", boss, "item", "x", "amount", "1.005"), "amount");
    assertRefused(body("customer_id", boss, "item", "x", "amount", 0), "amount");
    assertRefused(body("customer_id", boss, "item", "x", "amount", true), "amount");
    assertRefused(body("customer_id", boss, "item", 5, "amount", "1"), "item");
    assertRefused(body("customer_id", boss, "item", "", "amount", "1"), "item");
    assertRefused(body("customer_id", boss, "item", "i".repeat(201), "amount", "1"), "item");
    assertRefused(body("customer_id", boss, "item", "x\u0000y", "amount", "1"), "item");
    assertRefused(
        body("customer_id", UUID.randomUUID().toString(), "item", "x", "amount", "1"),
        "customer_id");
    assertRefused(body("customer_id", "nope", "item", "x", "amount", "1"), "customer_id");
    assertRefused(body("customer_id", List.of(boss), "item", "x", "amount", "1"), "customer_id");
    assertRefused(body("item", "x"), "customer_id");
    assertThat(staff.get("/v1/orders?order=sideways").status()).isEqualTo(400);
    assertThat(staff.get("/v1/orders?customer=nope").status()).isEqualTo(400);
    assertThat(outbox()).hasSize(before);

    String placed =
        staff.post("/v1/orders", body("customer_id", boss, "item", "x", "amount", "1")).text("id");
    Api.Reply badChange = staff.patch("/v1/orders/" + placed, Map.of("amount", "-1"));
    assertThat(badChange.status()).isEqualTo(400);
    assertThat(badChange.json().path("errors").has("amount")).isTrue();
  }

  private void assertRefused(Map<String, Object> order, String field) {
    Api.Reply reply = staff.post("/v1/orders", order);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().path("errors").has(field)).as(reply.toString()).isTrue();
  }
}
