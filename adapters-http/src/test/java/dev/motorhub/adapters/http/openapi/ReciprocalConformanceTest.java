package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.support.TestPhoneCodes;
import dev.motorhub.domain.identity.PhoneVerification;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reciprocal matching over HTTP, every response checked against the OpenAPI document: a seller asks
 * something of buyers (who may set it: the owner, another customer, the buyer, a mechanic, staff,
 * anonymous), a buyer's matches and interests answer to it, and a buyer verifies a phone with the
 * code read from the SMS outbox; bad input is a clear 4xx, never a 500.
 */
class ReciprocalConformanceTest {
  /** The parts of the document this test covers. */
  static final Set<String> TAGS = Set.of("buyer-requirements", "phone-verification");

  private static final String HUGE =
      "{\"verified_phone\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}";
  static TestServer server;
  static OpenApiDocument document;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Api.Reply expect(int status, Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    return reply;
  }

  private static String codeTextedTo(String phone) {
    return TestPhoneCodes.lastTextedTo(server.core().store(), phone);
  }

  @Test
  void requirementsMatchesInterestsAndPhones_getOnlyDocumentedResponses_andEveryStatus() {
    ConformingApi anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed staffAccount = Accounts.administrator(server, "rosa", Role.STAFF);
    ConformingApi staff = anonymous.with(staffAccount.api());
    Accounts.Signed oliveAccount = Accounts.customer(server, "olivia");
    ConformingApi olive = anonymous.with(oliveAccount.api());
    Accounts.Signed brunoAccount = Accounts.customer(server, "bruno");
    ConformingApi bruno = anonymous.with(brunoAccount.api());
    ConformingApi carla = anonymous.with(Accounts.customer(server, "carla").api());
    ConformingApi mechanic = anonymous.with(Accounts.mechanic(server, "mikey").api());
    String sale = Market.service(staffAccount.api(), "sell", "10");
    String trade =
        Market.trade(oliveAccount.api(), Market.vehicle(server, oliveAccount.accessToken()), sale);
    String path = "/v1/trades/" + trade + "/buyer-requirements";

    // Nothing asked until the owner says so; everyone who may see the trade reads it.
    expect(401, anonymous.get(path));
    assertThat(expect(200, bruno.get(path)).json().path("verified_phone").asBoolean()).isFalse();
    expect(404, bruno.get("/v1/trades/" + UUID.randomUUID() + "/buyer-requirements"));

    // Who sets it: the owner and staff; the buyer, another customer and a mechanic are 403.
    Map<String, Object> phoneAndCard = body("verified_phone", true, "card_on_file", true);
    expect(401, anonymous.put(path, phoneAndCard));
    expect(403, bruno.put(path, phoneAndCard));
    expect(403, carla.put(path, phoneAndCard));
    expect(403, mechanic.put(path, phoneAndCard));
    expect(200, staff.put(path, body("no_cancelled_deals", true)));
    Api.Reply set = expect(200, olive.put(path, phoneAndCard));
    assertThat(set.json().path("verified_phone").asBoolean()).isTrue();
    assertThat(set.json().path("no_cancelled_deals").asBoolean()).isFalse();
    assertThat(
            expect(200, carla.get("/v1/trades/" + trade))
                .json()
                .path("buyer_requirements")
                .path("card_on_file")
                .asBoolean())
        .isTrue();

    // Bad input: wrong JSON types, an unknown requirement, a body too large; never a 500.
    var wrongTypes =
        expect(400, olive.put(path, body("verified_phone", "yes", "card_on_file", 1)))
            .json()
            .path("errors");
    assertThat(wrongTypes.has("verified_phone") && wrongTypes.has("card_on_file")).isTrue();
    assertThat(
            expect(400, olive.put(path, body("cash_only", true)))
                .json()
                .path("errors")
                .has("cash_only"))
        .isTrue();
    expect(400, olive.put(path, Map.of("verified_phone", List.of(true))));
    expect(413, olive.send("PUT", path, HUGE, "application/json"));

    // A trade no longer open takes no new requirements; a stranger does not see it at all.
    String other =
        Market.trade(oliveAccount.api(), Market.vehicle(server, oliveAccount.accessToken()), sale);
    expect(200, olive.delete("/v1/trades/" + other));
    expect(422, olive.put("/v1/trades/" + other + "/buyer-requirements", phoneAndCard));
    expect(404, bruno.put("/v1/trades/" + other + "/buyer-requirements", phoneAndCard));

    // Bruno's matches say what he lacks; only mutual ones: none yet; an interest is refused.
    expect(
        201,
        bruno.post(
            "/v1/preferences",
            body("name", "Any sale", "trade_kind", "sale", "required", List.of("trade_kind"))));
    Api.Reply matches = expect(200, bruno.get("/v1/matches"));
    var match = matches.json().path("items").get(0);
    assertThat(match.path("trade_id").asText()).isEqualTo(trade);
    assertThat(match.path("mutual_eligible").asBoolean()).isFalse();
    assertThat(match.path("buyer_requirements").get(0).path("text").asText())
        .isEqualTo("the seller asks for a verified phone");
    assertThat(expect(200, bruno.get("/v1/matches?mutual=true")).json().path("items")).isEmpty();
    expect(400, bruno.get("/v1/matches?mutual=maybe"));
    Api.Reply plan =
        staff.post(
            "/v1/subscription-plans",
            body("name", "Reciprocal", "price", "5.00", "duration_days", 30));
    expect(200, bruno.put("/v1/me/subscription", Map.of("subscription_plan", plan.text("id"))));
    Api.Reply refused = expect(422, bruno.post("/v1/trades/" + trade + "/interests", Map.of()));
    assertThat(refused.text("detail")).contains("verified_phone");

    // Phone verification: none without a phone; the code comes by text message only.
    String brunosPhone = "+254711000001";
    expect(401, anonymous.post("/v1/me/phone/verification", Map.of()));
    assertThat(expect(422, bruno.post("/v1/me/phone/verification", Map.of())).text("detail"))
        .contains("phone_number");
    expect(200, bruno.patch("/v1/me", Map.of("phone_number", brunosPhone)));
    Api.Reply sent = expect(202, bruno.post("/v1/me/phone/verification", Map.of()));
    String code = codeTextedTo(brunosPhone);
    assertThat(sent.body()).doesNotContain(code);
    Api.Reply again = expect(429, bruno.post("/v1/me/phone/verification", Map.of()));
    assertThat(again.header("Retry-After")).isNotBlank();
    String wrong = code.equals("000000") ? "111111" : "000000";
    String confirm = "/v1/me/phone/verification/confirm";
    expect(401, anonymous.post(confirm, Map.of("code", code)));
    assertThat(
            expect(400, bruno.post(confirm, Map.of("code", wrong)))
                .json()
                .path("errors")
                .path("code")
                .get(0)
                .asText())
        .contains("4 attempts left");
    expect(400, bruno.post(confirm, Map.of("code", 123456)));
    expect(400, bruno.post(confirm, Map.of("code", "12345")));
    expect(400, bruno.post(confirm, Map.of()));
    expect(413, bruno.send("POST", confirm, HUGE, "application/json"));
    Api.Reply verified = expect(200, bruno.post(confirm, Map.of("code", code)));
    assertThat(verified.json().path("phone_verified").asBoolean()).isTrue();
    assertThat(expect(200, bruno.get("/v1/me")).json().path("phone_verified").asBoolean()).isTrue();
    expect(422, bruno.post("/v1/me/phone/verification", Map.of()));

    // Staff reading the outbox never see the code.
    Api.Reply outbox = expect(200, staff.get("/v1/sms?limit=100"));
    assertThat(outbox.body()).contains("phone_verification").doesNotContain(code);

    // Still no card: refused on card_on_file; with one, the match is mutual and the interest
    // passes.
    assertThat(
            expect(422, bruno.post("/v1/trades/" + trade + "/interests", Map.of())).text("detail"))
        .contains("card_on_file");
    Market.card(server, brunoAccount.accessToken());
    var mutual = expect(200, bruno.get("/v1/matches?mutual=true")).json().path("items");
    assertThat(mutual).hasSize(1);
    assertThat(mutual.get(0).path("mutual_eligible").asBoolean()).isTrue();
    expect(201, bruno.post("/v1/trades/" + trade + "/interests", Map.of()));

    // Changing the phone clears its verification.
    assertThat(
            expect(200, bruno.patch("/v1/me", Map.of("phone_number", "+254711000002")))
                .json()
                .path("phone_verified")
                .asBoolean())
        .isFalse();

    Set<String> documented = document.responsesTagged(TAGS);
    Set<String> exercised = new TreeSet<>(anonymous.exercised());
    exercised.retainAll(documented);
    assertThat(exercised).isEqualTo(new TreeSet<>(documented));
  }

  @Test
  void anExpiredCode_andTooManyWrongCodes_needANewCode() {
    ConformingApi anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed dora = Accounts.customer(server, "dora");
    ConformingApi api = anonymous.with(dora.api());
    String phone = "+254711000003";
    expect(200, api.patch("/v1/me", Map.of("phone_number", phone)));
    expect(202, api.post("/v1/me/phone/verification", Map.of()));
    String code = codeTextedTo(phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    String confirm = "/v1/me/phone/verification/confirm";

    for (int i = 0; i < 5; i++) {
      expect(400, api.post(confirm, Map.of("code", wrong)));
    }
    assertThat(expect(400, api.post(confirm, Map.of("code", code))).body())
        .contains("Too many wrong codes");

    // The code's ten minutes are up (as the store keeps it): the right code is refused.
    UserId id = new UserId(UUID.fromString(dora.id()));
    var store = server.core().store();
    store
        .transactions()
        .run(
            () -> {
              PhoneVerification kept = store.phoneVerifications().find(id).orElseThrow();
              PhoneVerification.Code old = kept.code().orElseThrow();
              store
                  .phoneVerifications()
                  .put(
                      new PhoneVerification(
                          id,
                          kept.phone(),
                          Optional.of(
                              new PhoneVerification.Code(
                                  old.digest(), old.sentAt(), Instant.now().minusSeconds(1), 0)),
                          Optional.empty()));
            });
    assertThat(expect(400, api.post(confirm, Map.of("code", code))).body()).contains("expired");
    assertThat(expect(200, api.get("/v1/me")).json().path("phone_verified").asBoolean()).isFalse();
  }
}
