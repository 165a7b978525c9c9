package dev.motorhub.adapters.http.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records and callers the input-screening cases need, made over HTTP as clients make them, so
 * that the same world stands on any store: a superuser, a customer (the owner) with a vehicle, a
 * card, a contact and a lease trade whose first proposal issued her an invoice, a second customer
 * (the buyer), a spare customer for the account routes, a lead, a plan, a service, a mechanic, and
 * a customer without an account with an order.
 */
public final class EdgeWorld {
  /** The superuser the server under test must have, with {@link #PASSWORD}. */
  public static final String ROOT = "root";

  public static final String PASSWORD = "Correct-Horse-Battery-9";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_-]+)}");

  /** Who sends a case: nobody, or one of the world's accounts. */
  public enum Caller {
    ANONYMOUS,
    ROOT,
    OWNER,
    BUYER
  }

  private final Map<Caller, Api> callers = new HashMap<>();
  private final Map<String, String> ids = new HashMap<>();

  private EdgeWorld(Api anonymous) {
    callers.put(Caller.ANONYMOUS, anonymous);
  }

  /**
   * Builds the world on the server {@code anonymous} talks to, whose superuser is {@link #ROOT}.
   */
  public static EdgeWorld build(Api anonymous) {
    EdgeWorld world = new EdgeWorld(anonymous);
    Api root = anonymous.bearer(token(anonymous.post("/v1/auth/login", credentials(ROOT))));
    Api owner = world.customer("edge_owner");
    world.callers.put(Caller.ROOT, root);
    world.callers.put(Caller.OWNER, owner);
    world.callers.put(Caller.BUYER, world.customer("edge_buyer"));
    world.ids.put("owner", owner.get("/v1/me").text("id"));
    world.ids.put(
        "users",
        anonymous
            .post("/v1/auth/register", register("edge_spare"))
            .json()
            .path("user")
            .path("id")
            .asText());
    world.ids.put("customers", world.made(root, "/v1/customers", register("edge_profile")));
    world.ids.put("leads", world.made(root, "/v1/leads", Map.of("first_name", "Kim")));
    world.ids.put(
        "subscription-plans",
        world.made(
            root,
            "/v1/subscription-plans",
            Map.of("name", "Edge plan", "price", "9.99", "duration_days", 30)));
    world.ids.put(
        "services",
        world.made(
            root, "/v1/services", Map.of("kind", "lease", "name", "Edge lease", "fee", "50.00")));
    world.ids.put(
        "vehicles",
        world.made(
            owner,
            "/v1/vehicles",
            Map.of(
                "brand", "Toyota", "model", "Corolla", "year", 2019, "license_plate", "EDGE 1")));
    world.ids.put(
        "credit-cards",
        world.made(
            owner,
            "/v1/credit-cards",
            Map.of("number", "4242424242424242", "expiry", "12/39", "holder", "O", "cvc", "123")));
    world.ids.put("contacts", world.made(owner, "/v1/contacts", Map.of("email", "o@example.com")));
    world.ids.put(
        "trades",
        world.made(
            owner,
            "/v1/trades",
            Map.of("vehicle_id", world.id("vehicles"), "service_id", world.id("services"))));
    world.ids.put(
        "proposals",
        world.made(
            owner,
            world.path("/v1/trades/{id}/proposals"),
            Map.of("amount", "1200.00", "term_days", 365, "payment_frequency", "monthly")));
    world.ids.put(
        "invoices", owner.get("/v1/invoices").json().path("items").path(0).path("id").asText());
    world.carCare(anonymous);
    world.orders(root);
    // Interests' and conversations' inputs are refused before they are looked up.
    world.ids.put("interests", UUID.randomUUID().toString());
    world.ids.put("conversations", UUID.randomUUID().toString());
    world.ids.put("blocks", UUID.randomUUID().toString());
    world.ids.put(
        "catalogue",
        world.made(
            root, "/v1/catalogue", Map.of("attribute", "fuel", "code", "edge", "name", "Edge")));
    world.ids.put("preferences", world.made(owner, "/v1/preferences", Map.of("name", "Edge")));
    return world;
  }

  /**
   * A mechanic's profile, and a service request and a date to put in paths: input is refused before
   * the request is looked up, so it need not exist.
   */
  private void carCare(Api anonymous) {
    Map<String, Object> mechanic = new HashMap<>(register("edge_mechanic"));
    mechanic.put("role", "mechanic");
    Api.Reply registered = anonymous.post("/v1/auth/register", mechanic);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String mechanicId = registered.json().path("user").path("mechanic").path("id").asText();
    ids.put("mechanics", mechanicId);
    ids.put("service-requests", UUID.randomUUID().toString());
    ids.put("date", LocalDate.now(ZoneOffset.UTC).toString());
    Api root = as(Caller.ROOT);
    ids.put(
        "attendance",
        root.put(path("/v1/mechanics/{mechanics}/attendance/{date}"), Map.of("status", "present"))
            .text("id"));
    ids.put(
        "work-statuses",
        root.put(path("/v1/mechanics/{mechanics}/status"), Map.of("work_status", "available"))
            .text("id"));
  }

  /** A customer staff keep without an account, and an order for them. */
  private void orders(Api root) {
    ids.put(
        "standalone-customers",
        made(
            root,
            "/v1/customers",
            Map.of("name", "Edge walk-in", "phone_number", "+254711000001")));
    ids.put(
        "orders",
        made(
            root,
            "/v1/orders",
            Map.of("customer_id", id("standalone-customers"), "item", "Edge", "amount", "5")));
  }

  public Api as(Caller caller) {
    return callers.get(caller);
  }

  /** The id of the world's record of a kind (the plural of a {@code /v1} path), or the owner's. */
  public String id(String kind) {
    assertThat(ids).as("the world has a record of " + kind).containsKey(kind);
    return ids.get(kind);
  }

  /**
   * A path template made concrete: {@code {id}} stands for the record named by the segment before
   * it ({@code /v1/trades/{id}} is the trade), any other {@code {kind}} for {@link #id}; a value
   * such as {@code {credit-cards}} alone is the card's id.
   */
  public String path(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String kind = matcher.group(1);
      if (kind.equals("id")) {
        String before = template.substring(0, matcher.start() - 1);
        kind = before.substring(before.lastIndexOf('/') + 1);
      }
      matcher.appendReplacement(path, id(kind));
    }
    return matcher.appendTail(path).toString();
  }

  private Api customer(String username) {
    Api anonymous = as(Caller.ANONYMOUS);
    return anonymous.bearer(token(anonymous.post("/v1/auth/register", register(username))));
  }

  private String made(Api caller, String path, Map<String, Object> body) {
    Api.Reply reply = caller.post(path, body);
    assertThat(reply.status()).as(path + " " + reply).isEqualTo(201);
    return reply.text("id");
  }

  private static Map<String, Object> register(String username) {
    return Map.of("username", username, "email", username + "@example.com", "password", PASSWORD);
  }

  private static Map<String, Object> credentials(String username) {
    return Map.of("username", username, "password", PASSWORD);
  }

  private static String token(Api.Reply signedIn) {
    assertThat(signedIn.status()).as(signedIn.toString()).isIn(200, 201);
    return signedIn.text("access_token");
  }
}
