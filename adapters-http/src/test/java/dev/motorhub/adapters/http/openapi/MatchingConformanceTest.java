package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matching on {@code /v1}: the catalogue, saved searches and matches, through the real server with
 * every response checked against the OpenAPI document ({@link ConformingApi}); the permission
 * matrix (the buyer, the seller, a third customer, staff, anonymous) and bad input.
 */
class MatchingConformanceTest {
  static final Set<String> TAGS = Set.of("matching");
  static TestServer server;
  static OpenApiDocument document;
  static ConformingApi anonymous;
  static ConformingApi staff;
  static Api staffApi;
  static String toyota;

  private Accounts.Signed olive;
  private ConformingApi seller;
  private ConformingApi buyer;
  private ConformingApi carol;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    document = OpenApiDocument.load();
    anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed keeper = Accounts.administrator(server, "keeper", Role.STAFF);
    staffApi = server.api().bearer(keeper.accessToken());
    staff = anonymous.bearer(keeper.accessToken());
    toyota =
        staff
            .post("/v1/catalogue", body("attribute", "brand", "code", "toyota", "name", "Toyota"))
            .text("id");
    staff.post(
        "/v1/catalogue", body("attribute", "location", "code", "nairobi", "name", "Nairobi"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void callers() {
    String suffix = Long.toString(System.nanoTime(), 36);
    olive = Accounts.customer(server, "olive" + suffix);
    seller = anonymous.bearer(olive.accessToken());
    buyer = anonymous.bearer(Accounts.customer(server, "bruno" + suffix).accessToken());
    carol = anonymous.bearer(Accounts.customer(server, "carol" + suffix).accessToken());
  }

  /** Olive's Toyota Corolla (2018, 42,000 km) for sale, her open offer {@code price}; its id. */
  private String toyotaForSale(String price) {
    String vehicle = Market.vehicle(server, olive.accessToken());
    String trade = Market.trade(olive.api(), vehicle, Market.service(staffApi, "sell", "10.00"));
    Market.offer(olive.api(), trade, price);
    return trade;
  }

  private static Map<String, Object> toyotaSearch() {
    return body(
        "name",
        "A Toyota to buy",
        "trade_kind",
        "sale",
        "brands",
        List.of("toyota"),
        "required",
        List.of("trade_kind", "brands"),
        "year_min",
        2015,
        "price_max",
        "10000.00",
        "mileage_max",
        50000,
        "weights",
        Map.of("price", 3));
  }

  private static List<String> tradesIn(Api.Reply matches) {
    List<String> ids = new ArrayList<>();
    matches.json().path("items").forEach(m -> ids.add(m.path("trade_id").asText()));
    return ids;
  }

  @Test
  void aSavedSearch_findsAnOpenTradeOfAnother_withWhyItFits_andLosesItWhenClosed() {
    String trade = toyotaForSale("9000.00");
    Api.Reply saved = buyer.post("/v1/preferences", toyotaSearch());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    assertThat(saved.header("Location")).isEqualTo("/v1/preferences/" + saved.text("id"));

    Api.Reply matches = buyer.get("/v1/matches");
    assertThat(matches.status()).as(matches.toString()).isEqualTo(200);
    JsonNode match = matches.json().path("items").get(0);
    assertThat(match.path("trade_id").asText()).isEqualTo(trade);
    assertThat(match.path("score").asInt()).isEqualTo(100);
    assertThat(match.path("price").asText()).isEqualTo("9000.00");
    assertThat(match.path("monthly_instalment").isNull()).isTrue();
    assertThat(match.path("preference").path("id").asText()).isEqualTo(saved.text("id"));
    List<String> why = new ArrayList<>();
    match.path("explanations").forEach(e -> why.add(e.path("text").asText()));
    assertThat(why)
        .contains(
            "a sale, as you asked",
            "brand matches",
            "year 2018 in your range",
            "price 10% under your ceiling",
            "mileage within your limit");

    // The seller, searching the same, never sees her own trade.
    seller.post("/v1/preferences", toyotaSearch());
    assertThat(tradesIn(seller.get("/v1/matches"))).doesNotContain(trade);

    // Paused, the search matches nothing; resumed, it does again.
    String path = "/v1/preferences/" + saved.text("id");
    assertThat(buyer.post(path + "/pause", null).text("status")).isEqualTo("paused");
    assertThat(tradesIn(buyer.get("/v1/matches"))).doesNotContain(trade);
    assertThat(buyer.post(path + "/resume", null).text("status")).isEqualTo("active");
    assertThat(tradesIn(buyer.get("/v1/matches"))).contains(trade);

    // A higher threshold than the score leaves it out; a cancelled trade is no match.
    assertThat(olive.api().delete("/v1/trades/" + trade).status()).isIn(200, 204);
    assertThat(tradesIn(buyer.get("/v1/matches?min_score=0"))).doesNotContain(trade);
  }

  @Test
  void matches_comeBestFirst_aPageAtATime() {
    String cheap = toyotaForSale("9000.00");
    String dear = toyotaForSale("11000.00");
    Map<String, Object> search = toyotaSearch();
    search.put("required", List.of("brands"));
    buyer.post("/v1/preferences", search);

    Api.Reply first = buyer.get("/v1/matches?min_score=0&limit=1");
    assertThat(tradesIn(first)).containsExactly(cheap);
    String cursor = first.json().path("next_cursor").asText();
    Api.Reply second = buyer.get("/v1/matches?min_score=0&limit=1&cursor=" + cursor);
    assertThat(tradesIn(second)).containsExactly(dear);
    assertThat(second.json().path("items").get(0).path("score").asInt()).isLessThan(100);
  }

  @Test
  void aSavedSearch_isItsOwners_staffRead_othersFindNone() {
    Api.Reply saved = buyer.post("/v1/preferences", toyotaSearch());
    String path = "/v1/preferences/" + saved.text("id");

    assertThat(buyer.get(path).status()).isEqualTo(200);
    assertThat(staff.get(path).status()).isEqualTo(200);
    assertThat(carol.get(path).status()).isEqualTo(404);
    assertThat(seller.get(path).status()).isEqualTo(404);
    assertThat(anonymous.get(path).status()).isEqualTo(401);
    assertThat(carol.patch(path, body("name", "Mine")).status()).isEqualTo(404);
    assertThat(staff.patch(path, body("name", "Mine")).status()).isEqualTo(403);
    assertThat(carol.post(path + "/pause", null).status()).isEqualTo(404);
    assertThat(carol.post(path + "/resume", null).status()).isEqualTo(404);
    assertThat(carol.delete(path).status()).isEqualTo(404);
    assertThat(anonymous.delete(path).status()).isEqualTo(401);
    assertThat(staff.post("/v1/preferences", toyotaSearch()).status()).isEqualTo(403);
    assertThat(staff.get("/v1/matches").status()).isEqualTo(403);
    assertThat(anonymous.get("/v1/matches").status()).isEqualTo(401);
    assertThat(anonymous.get("/v1/preferences").status()).isEqualTo(401);

    Api.Reply renamed = buyer.patch(path, body("name", "Weekend car", "mileage_max", null));
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.text("name")).isEqualTo("Weekend car");
    assertThat(renamed.json().path("mileage_max").isNull()).isTrue();
    assertThat(renamed.json().path("brands").get(0).asText()).isEqualTo("toyota");
    assertThat(buyer.get("/v1/preferences").json().path("items").size()).isEqualTo(1);
    assertThat(carol.get("/v1/preferences").json().path("items").size()).isZero();
    assertThat(buyer.delete(path).status()).isEqualTo(204);
    assertThat(buyer.get(path).status()).isEqualTo(404);
  }

  @Test
  void aSavedSearch_isTextedItsNewMatches_onlyWhenItAsks() {
    Api.Reply quiet = buyer.post("/v1/preferences", toyotaSearch());
    assertThat(quiet.json().path("notify_sms").asBoolean()).isFalse();
    Map<String, Object> texted = toyotaSearch();
    texted.put("notify_sms", true);
    Api.Reply loud = buyer.post("/v1/preferences", texted);
    assertThat(loud.status()).as(loud.toString()).isEqualTo(201);
    assertThat(loud.json().path("notify_sms").asBoolean()).isTrue();

    String path = "/v1/preferences/" + loud.text("id");
    assertThat(buyer.patch(path, body("name", "Renamed")).json().path("notify_sms").asBoolean())
        .isTrue();
    assertThat(buyer.patch(path, body("notify_sms", false)).json().path("notify_sms").asBoolean())
        .isFalse();
  }

  @Test
  void anAccount_keepsTenSavedSearches_theEleventhIsRefused() {
    for (int i = 0; i < 10; i++) {
      assertThat(buyer.post("/v1/preferences", body("name", "Search " + i)).status())
          .isEqualTo(201);
    }
    Api.Reply eleventh = buyer.post("/v1/preferences", body("name", "One more"));
    assertThat(eleventh.status()).as(eleventh.toString()).isEqualTo(422);
    assertThat(eleventh.body()).contains("at most 10 saved searches");
  }

  @Test
  void badSearches_areRefusedNamingTheirFields() {
    Map<String, Map<String, Object>> cases =
        Map.of(
            "year_min", body("name", "x", "year_min", 2022, "year_max", 2020),
            "brands", body("name", "x", "brands", List.of("toyota", "lada")),
            "trade_kind", body("name", "x", "trade_kind", "rent"),
            "mileage_max", body("name", "x", "mileage_max", true),
            "locations", body("name", "x", "locations", 5),
            "weights", body("name", "x", "weights", "heavy"),
            "required", body("name", "x", "required", List.of("colour")),
            "notify_sms", body("name", "x", "notify_sms", "often"),
            "name", body("brands", List.of("toyota")));
    cases.forEach(
        (field, search) -> {
          Api.Reply reply = buyer.post("/v1/preferences", search);
          assertThat(reply.status()).as(field + " " + reply).isEqualTo(400);
          assertThat(reply.json().path("errors").has(field)).as(field + " " + reply).isTrue();
        });
    assertThat(buyer.post("/v1/preferences", body("name", "x", "brands", List.of("lada"))).body())
        .contains("Not a brand in the catalogue: lada.");
    Api.Reply both = buyer.post("/v1/preferences", body("year_min", 2030, "year_max", 2000));
    assertThat(both.json().path("errors").has("name")).as(both.toString()).isTrue();
    assertThat(both.json().path("errors").has("year_min")).as(both.toString()).isTrue();
    assertThat(buyer.get("/v1/matches?min_score=101").status()).isEqualTo(400);
    assertThat(buyer.get("/v1/matches?cursor=nonsense").status()).isEqualTo(400);
    assertThat(buyer.get("/v1/catalogue?attribute=size").status()).isEqualTo(400);
  }

  @Test
  void theCatalogue_isReadByAll_keptByStaff_aCodeOncePerAttribute() {
    Api.Reply fuel =
        staff.post("/v1/catalogue", body("attribute", "fuel", "code", "Diesel", "name", "Diesel"));
    assertThat(fuel.status()).as(fuel.toString()).isEqualTo(201);
    assertThat(fuel.text("code")).isEqualTo("diesel");
    Api.Reply again =
        staff.post("/v1/catalogue", body("attribute", "fuel", "code", "diesel", "name", "Again"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("errors").has("code")).isTrue();
    String path = "/v1/catalogue/" + fuel.text("id");

    assertThat(buyer.get("/v1/catalogue?attribute=fuel").json().path("items").size()).isEqualTo(1);
    assertThat(buyer.get("/v1/catalogue?limit=1").json().path("next_cursor").isTextual()).isTrue();
    assertThat(buyer.get(path).text("name")).isEqualTo("Diesel");
    assertThat(buyer.get("/v1/catalogue/" + toyota).text("code")).isEqualTo("toyota");
    assertThat(anonymous.get("/v1/catalogue").status()).isEqualTo(401);
    assertThat(
            buyer
                .post("/v1/catalogue", body("attribute", "fuel", "code", "lpg", "name", "LPG"))
                .status())
        .isEqualTo(403);
    assertThat(buyer.patch(path, body("name", "Gas oil")).status()).isEqualTo(403);
    assertThat(buyer.delete(path).status()).isEqualTo(403);
    assertThat(staff.patch(path, body("name", "Gas oil")).text("name")).isEqualTo("Gas oil");
    assertThat(staff.delete(path).status()).isEqualTo(204);
    assertThat(staff.get(path).status()).isEqualTo(404);
  }

  @Test
  void everyMatchingOperation_isExercisedAgainstTheDocument() {
    aSavedSearch_isItsOwners_staffRead_othersFindNone();
    aSavedSearch_findsAnOpenTradeOfAnother_withWhyItFits_andLosesItWhenClosed();
    theCatalogue_isReadByAll_keptByStaff_aCodeOncePerAttribute();

    Set<String> exercised = anonymous.exercisedOperations();
    Set<String> matching =
        document.operationsTagged(TAGS).stream()
            .map(OpenApiDocument.Operation::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(matching).hasSize(13);
    assertThat(exercised).containsAll(matching);
  }
}
