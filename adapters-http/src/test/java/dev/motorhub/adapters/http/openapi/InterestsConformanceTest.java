package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interests, conversations and blocks through the real server, every response checked against the
 * OpenAPI document ({@link ConformingApi}): the buyer, the seller, a third customer, staff and
 * anonymous on each route, the plan's limit, and bad input answered 4xx, never 500.
 */
class InterestsConformanceTest {
  static final Set<String> TAGS = Set.of("interests", "conversations", "blocks");
  static TestServer server;
  static OpenApiDocument document;

  private ConformingApi anonymous;
  private ConformingApi seller;
  private ConformingApi buyer;
  private ConformingApi third;
  private ConformingApi staff;
  private String buyerId;
  private String sellerId;
  private String trade;
  private Accounts.Signed sellerAccount;
  private Accounts.Signed staffAccount;

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
  void aSellersTrade_andABuyerOnAPlanOfTwoInterestsAMonth() {
    String suffix = Long.toString(System.nanoTime(), 36);
    anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed s = Accounts.customer(server, "olive" + suffix);
    Accounts.Signed b = Accounts.customer(server, "bruno" + suffix);
    seller = anonymous.bearer(s.accessToken());
    buyer = anonymous.bearer(b.accessToken());
    third = anonymous.bearer(Accounts.customer(server, "carol" + suffix).accessToken());
    staffAccount = Accounts.administrator(server, "sam" + suffix, Role.STAFF);
    staff = anonymous.bearer(staffAccount.accessToken());
    sellerAccount = s;
    sellerId = s.id();
    buyerId = b.id();
    trade = sellersNewTrade();
    Api.Reply plan =
        staff.post(
            "/v1/subscription-plans",
            body(
                "name",
                "Two " + suffix,
                "price",
                "5.00",
                "duration_days",
                30,
                "interests_per_month",
                2));
    assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
    assertThat(plan.json().path("interests_per_month").asInt()).isEqualTo(2);
    assertThat(plan.json().path("saved_preferences").isNull()).isTrue();
    Api.Reply subscribed =
        buyer.put("/v1/me/subscription", Map.of("subscription_plan", plan.text("id")));
    assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
    assertThat(subscribed.json().path("subscription_limits").path("interests_per_month").asInt())
        .isEqualTo(2);
    assertThat(subscribed.json().path("subscription_limits").path("saved_preferences").isNull())
        .isTrue();
    assertThat(subscribed.text("subscription_started_at")).isNotBlank();
    assertThat(buyer.get("/v1/me").json().path("subscription_limits").path("interests_per_month"))
        .hasToString("2");
  }

  private String sellersNewTrade() {
    String service = Market.service(staffAccount.api(), "lease", "10.00");
    return Market.trade(
        sellerAccount.api(), Market.vehicle(server, sellerAccount.accessToken()), service);
  }

  @Test
  void anInterest_isAccepted_andItsConversationIsReadAndWrittenByItsTwoPartiesAlone() {
    Api.Reply sent =
        buyer.post("/v1/trades/" + trade + "/interests", Map.of("message", "Still available?"));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    assertThat(sent.text("status")).isEqualTo("pending");
    String interest = "/v1/interests/" + sent.text("id");
    assertThat(sent.header("Location")).isEqualTo(interest);

    // Who reads the interest: its two parties and staff; a third customer and anonymous do not.
    assertThat(seller.get(interest).status()).isEqualTo(200);
    assertThat(buyer.get(interest).status()).isEqualTo(200);
    assertThat(staff.get(interest).status()).isEqualTo(200);
    assertThat(third.get(interest).status()).isEqualTo(404);
    assertThat(anonymous.get(interest).status()).isEqualTo(401);
    assertThat(seller.get("/v1/interests?direction=received&status=pending").json().path("items"))
        .hasSize(1);
    assertThat(seller.get("/v1/interests?direction=sent").json().path("items")).isEmpty();
    assertThat(buyer.get("/v1/interests?direction=sent").json().path("items")).hasSize(1);
    assertThat(third.get("/v1/interests").json().path("items")).isEmpty();

    // Who answers: the seller alone.
    assertThat(buyer.post(interest + "/accept", Map.of()).status()).isEqualTo(403);
    assertThat(third.post(interest + "/accept", Map.of()).status()).isEqualTo(404);
    assertThat(staff.post(interest + "/decline", Map.of()).status()).isEqualTo(403);
    assertThat(anonymous.post(interest + "/accept", Map.of()).status()).isEqualTo(401);
    Api.Reply accepted = seller.post(interest + "/accept", Map.of());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().path("interest").path("status").asText()).isEqualTo("accepted");
    assertThat(seller.post(interest + "/accept", Map.of()).status()).isEqualTo(422);
    String messages =
        "/v1/conversations/"
            + accepted.json().path("conversation").path("id").asText()
            + "/messages";

    // The two write and read; unread counts fall when read.
    assertThat(buyer.post(messages, Map.of("text", "Saturday?")).status()).isEqualTo(201);
    assertThat(seller.get("/v1/conversations").json().path("items").get(0).path("unread").asInt())
        .isEqualTo(1);
    Api.Reply read = seller.get(messages);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("items").get(0).path("text").asText()).isEqualTo("Saturday?");
    assertThat(seller.get("/v1/conversations").json().path("items").get(0).path("unread").asInt())
        .isZero();
    assertThat(seller.post(messages, Map.of("text", "Yes, at ten.")).status()).isEqualTo(201);

    // A stranger, staff and anonymous neither read nor write.
    assertThat(third.get(messages).status()).isEqualTo(404);
    assertThat(third.post(messages, Map.of("text", "Hi")).status()).isEqualTo(404);
    assertThat(staff.get(messages).status()).isEqualTo(404);
    assertThat(anonymous.get(messages).status()).isEqualTo(401);
    assertThat(anonymous.post(messages, Map.of("text", "Hi")).status()).isEqualTo(401);
    assertThat(third.get("/v1/conversations").json().path("items")).isEmpty();

    // Bad messages: empty, too long, of the wrong type, missing.
    assertRefused(buyer.post(messages, Map.of("text", "")), "text");
    assertRefused(buyer.post(messages, Map.of("text", "x".repeat(2001))), "text");
    assertRefused(buyer.post(messages, Map.of("text", 42)), "text");
    assertRefused(buyer.post(messages, Map.of("text", List.of("a"))), "text");
    assertRefused(buyer.post(messages, Map.of()), "text");
    assertThat(buyer.post("/v1/conversations/nope/messages", Map.of("text", "Hi")).status())
        .isEqualTo(404);

    // The seller blocks the buyer: the conversation closes, its history stays readable.
    Api.Reply block = seller.post("/v1/blocks", Map.of("user_id", buyerId));
    assertThat(block.status()).as(block.toString()).isEqualTo(201);
    Api.Reply closed = buyer.post(messages, Map.of("text", "Hello?"));
    assertThat(closed.status()).isEqualTo(422);
    assertThat(closed.text("detail")).contains("closed");
    assertThat(buyer.get(messages).json().path("items")).hasSize(2);
    assertThat(buyer.get("/v1/conversations").json().path("items").get(0).path("open").asBoolean())
        .isFalse();
  }

  @Test
  void interests_areRefusedClearly_inOnesOwnTrade_twice_afterADecline_andPastThePlansLimit() {
    String own = "/v1/trades/" + trade + "/interests";
    Api.Reply mine = seller.post(own, Map.of());
    assertThat(mine.status()).isEqualTo(422);
    assertThat(mine.text("detail")).contains("own trade");
    Api.Reply noPlan = third.post(own, Map.of());
    assertThat(noPlan.status()).isEqualTo(422);
    assertThat(noPlan.text("detail")).contains("subscription plan");
    assertThat(anonymous.post(own, Map.of()).status()).isEqualTo(401);

    String first = buyer.post(own, Map.of()).text("id");
    Api.Reply twice = buyer.post(own, Map.of("message", "Again"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.text("detail")).contains("pending");
    assertThat(seller.post("/v1/interests/" + first + "/decline", Map.of()).status())
        .isEqualTo(200);
    Api.Reply afterDecline = buyer.post(own, Map.of());
    assertThat(afterDecline.status()).isEqualTo(409);
    assertThat(afterDecline.text("detail")).contains("declined");

    assertThat(buyer.post("/v1/trades/" + sellersNewTrade() + "/interests", Map.of()).status())
        .isEqualTo(201);
    Api.Reply spent = buyer.post("/v1/trades/" + sellersNewTrade() + "/interests", Map.of());
    assertThat(spent.status()).isEqualTo(422);
    assertThat(spent.text("detail")).contains("allows 2 interests a month").contains("resets at");

    // Bad input: a message of the wrong type or too long, an unknown or malformed trade, filters.
    assertRefused(buyer.post(own, Map.of("message", 7)), "message");
    assertRefused(buyer.post(own, Map.of("message", "m".repeat(501))), "message");
    assertThat(buyer.post("/v1/trades/" + UUID.randomUUID() + "/interests", Map.of()).status())
        .isEqualTo(404);
    assertThat(buyer.post("/v1/trades/nope/interests", Map.of()).status()).isEqualTo(404);
    assertThat(buyer.get("/v1/interests?direction=up").status()).isEqualTo(400);
    assertThat(buyer.get("/v1/interests?status=maybe").status()).isEqualTo(400);
    assertThat(buyer.get("/v1/interests/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void blocks_areListedAndLiftedByTheirBlocker_andStopInterestsBothWays() {
    Api.Reply block = buyer.post("/v1/blocks", Map.of("user_id", sellerId));
    assertThat(block.status()).isEqualTo(201);
    String path = "/v1/blocks/" + block.text("id");
    assertThat(block.header("Location")).isEqualTo(path);
    assertThat(buyer.get("/v1/blocks").json().path("items")).hasSize(1);
    assertThat(seller.get("/v1/blocks").json().path("items")).isEmpty();
    Api.Reply blocked = buyer.post("/v1/trades/" + trade + "/interests", Map.of());
    assertThat(blocked.status()).isEqualTo(422);
    assertThat(blocked.text("detail")).contains("blocked");

    assertThat(buyer.post("/v1/blocks", Map.of("user_id", sellerId)).status()).isEqualTo(409);
    assertRefused(buyer.post("/v1/blocks", Map.of("user_id", buyerId)), "user_id");
    assertRefused(
        buyer.post("/v1/blocks", Map.of("user_id", UUID.randomUUID().toString())), "user_id");
    assertRefused(buyer.post("/v1/blocks", Map.of("user_id", "nope")), "user_id");
    assertRefused(buyer.post("/v1/blocks", Map.of("user_id", 5)), "user_id");
    assertRefused(buyer.post("/v1/blocks", Map.of()), "user_id");
    assertThat(anonymous.post("/v1/blocks", Map.of("user_id", sellerId)).status()).isEqualTo(401);
    assertThat(anonymous.get("/v1/blocks").status()).isEqualTo(401);

    assertThat(seller.delete(path).status()).isEqualTo(404);
    assertThat(staff.delete(path).status()).isEqualTo(404);
    assertThat(anonymous.delete(path).status()).isEqualTo(401);
    assertThat(buyer.delete(path).status()).isEqualTo(204);
    assertThat(buyer.delete(path).status()).isEqualTo(404);
    assertThat(buyer.post("/v1/trades/" + trade + "/interests", Map.of()).status()).isEqualTo(201);
  }

  @Test
  void staffSetAPlansLimits_nullIsUnlimited_andBadLimitsAreRefused() {
    Api.Reply plan =
        staff.post(
            "/v1/subscription-plans",
            body("name", "Limits " + UUID.randomUUID(), "price", "1.00", "duration_days", 30));
    String path = "/v1/subscription-plans/" + plan.text("id");
    assertThat(plan.json().path("interests_per_month").isNull()).isTrue();
    Api.Reply limited = staff.patch(path, Map.of("saved_preferences", 3));
    assertThat(limited.json().path("saved_preferences").asInt()).isEqualTo(3);
    Map<String, Object> unlimited = new HashMap<>();
    unlimited.put("saved_preferences", null);
    assertThat(staff.patch(path, unlimited).json().path("saved_preferences").isNull()).isTrue();
    assertRefused(staff.patch(path, Map.of("interests_per_month", -1)), "interests_per_month");
    assertRefused(staff.patch(path, Map.of("interests_per_month", "many")), "interests_per_month");
    assertThat(buyer.patch(path, Map.of("interests_per_month", 9)).status()).isEqualTo(403);
  }

  private static void assertRefused(Api.Reply reply, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().path("errors").has(field)).as(reply.toString()).isTrue();
  }
}
