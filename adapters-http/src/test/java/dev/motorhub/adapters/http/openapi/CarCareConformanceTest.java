package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.support.Workshop;
import dev.motorhub.domain.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A day in the workshop drives every car care operation through {@link ConformingApi}: every
 * response is documented, and every documented status is seen.
 */
class CarCareConformanceTest {
  static final Set<String> TAGS = Set.of("car-care");
  private static final String HUGE =
      "{\"note\": \"" + "x".repeat((int) TestServer.MAX_BODY_BYTES) + "\"}";
  private static final String UNKNOWN = UUID.randomUUID().toString();
  static TestServer server;
  static OpenApiDocument document;

  private ConformingApi anonymous;
  private ConformingApi staff;
  private ConformingApi olive;
  private Api oliveApi;
  private String olivesId;
  private ConformingApi mike;
  private ConformingApi nina;
  private String mikeId;
  private String ninaId;
  private final String today = Workshop.today().toString();

  @BeforeAll
  static void start() {
    server = TestServer.start();
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aDayInTheWorkshop_getsOnlyDocumentedResponses_andEveryDocumentedStatus() {
    anonymous = new ConformingApi(server.api(), document);
    Accounts.Signed boss = Accounts.administrator(server, "root", Role.STAFF);
    staff = anonymous.bearer(boss.accessToken());
    Accounts.Signed oliveAccount = Accounts.customer(server, "olive");
    olive = anonymous.bearer(oliveAccount.accessToken());
    oliveApi = oliveAccount.api();
    olivesId = oliveAccount.id();
    keepTheCatalogue();
    Workshop.Mechanic m = Workshop.mechanic(server, boss.api(), "mike", 4, "tyre_swap");
    Workshop.Mechanic n = Workshop.mechanic(server, boss.api(), "nina", 4, "oil_change");
    mike = anonymous.bearer(m.account().accessToken());
    nina = anonymous.bearer(n.account().accessToken());
    mikeId = m.id();
    ninaId = n.id();
    readAndSetMechanics();
    giveAProfile();
    String brunosCar = Market.vehicle(server, Accounts.customer(server, "bruno").accessToken());
    String job = openRequests(brunosCar);
    workOn(job);
    rate(job);
    readTheSchedule();

    Set<String> documented = document.responsesTagged(TAGS);
    assertThat(new TreeSet<>(anonymous.exercised())).isEqualTo(documented);
  }

  private void keepTheCatalogue() {
    expect(201, staff.post("/v1/service-kinds", body("code", "Tyre_Swap", "name", "Tyre swap")));
    expect(409, staff.post("/v1/service-kinds", body("code", "tyre_swap", "name", "Again")));
    expect(400, staff.post("/v1/service-kinds", body("code", "!", "name", "Bad")));
    expect(403, olive.post("/v1/service-kinds", body("code", "waxing", "name", "Waxing")));
    expect(413, staff.post("/v1/service-kinds", HUGE));
    expect(401, anonymous.post("/v1/service-kinds", Map.of()));
    assertThat(expect(200, olive.get("/v1/service-kinds?limit=100")).json().path("items"))
        .hasSize(8);
    expect(400, olive.get("/v1/service-kinds?limit=0"));
    expect(401, anonymous.get("/v1/service-kinds"));
    assertThat(expect(200, olive.get("/v1/service-kinds/TYRE_SWAP")).json().path("name").asText())
        .isEqualTo("Tyre swap");
    expect(404, olive.get("/v1/service-kinds/waxing"));
    expect(404, olive.get("/v1/service-kinds/not%20a%20code"));
    expect(401, anonymous.get("/v1/service-kinds/tyre_swap"));
  }

  /** Staff give Rae's account, opened without one, her profile; nobody else may. */
  private void giveAProfile() {
    String rae = Workshop.mechanicWithoutProfile(server, "root", "rae");
    Map<String, Object> profile = body("account_id", rae, "specializations", List.of("bodywork"));
    expect(403, olive.post("/v1/mechanics", profile));
    expect(400, staff.post("/v1/mechanics", body("account_id", olivesId)));
    expect(413, staff.post("/v1/mechanics", HUGE));
    expect(401, anonymous.post("/v1/mechanics", profile));
    var created = expect(201, staff.post("/v1/mechanics", profile));
    assertThat(created.text("daily_capacity")).isEqualTo("4");
    expect(409, staff.post("/v1/mechanics", profile));
  }

  private void readAndSetMechanics() {
    expect(200, olive.get("/v1/mechanics"));
    expect(400, olive.get("/v1/mechanics?cursor=%21"));
    expect(401, anonymous.get("/v1/mechanics"));
    assertThat(expect(200, olive.get("/v1/mechanics/" + mikeId)).text("work_status"))
        .isEqualTo("available");
    expect(404, olive.get("/v1/mechanics/" + UNKNOWN));
    expect(401, anonymous.get("/v1/mechanics/" + mikeId));
    String profile = "/v1/mechanics/" + mikeId;
    expect(200, staff.patch(profile, body("experience_years", 7)));
    expect(400, staff.patch(profile, body("working_days", List.of("someday"))));
    expect(403, olive.patch(profile, body("experience_years", 1)));
    expect(404, staff.patch("/v1/mechanics/" + UNKNOWN, body("experience_years", 1)));
    expect(413, staff.patch(profile, HUGE));
    expect(401, anonymous.patch(profile, Map.of()));
    String day = profile + "/attendance/" + today;
    expect(200, mike.put(day, body("status", "present")));
    expect(400, mike.put(profile + "/attendance/" + Workshop.today().plusMonths(1), present()));
    expect(403, nina.put(day, present()));
    expect(404, staff.put("/v1/mechanics/" + UNKNOWN + "/attendance/" + today, present()));
    expect(413, mike.put(day, HUGE));
    expect(401, anonymous.put(day, present()));
    String status = profile + "/status";
    expect(200, mike.put(status, body("work_status", "available")));
    expect(400, mike.put(status, body("work_status", "asleep")));
    expect(403, nina.put(status, body("work_status", "off")));
    expect(404, staff.put("/v1/mechanics/" + UNKNOWN + "/status", body("work_status", "off")));
    expect(413, mike.put(status, HUGE));
    expect(401, anonymous.put(status, Map.of()));
  }

  private Map<String, Object> present() {
    return body("status", "present");
  }

  /** Olive's tyre job goes to Mike at once; her oil change waits while Nina is away. */
  private String openRequests(String brunosCar) {
    String job = expect(201, olive.post("/v1/service-requests", request("tyre_swap"))).text("id");
    expect(400, olive.post("/v1/service-requests", request("teleportation")));
    Map<String, Object> theirs = request("tyre_swap");
    theirs.put("vehicle_id", brunosCar);
    expect(404, olive.post("/v1/service-requests", theirs));
    expect(403, mike.post("/v1/service-requests", request("tyre_swap")));
    expect(413, olive.post("/v1/service-requests", HUGE));
    expect(401, anonymous.post("/v1/service-requests", Map.of()));
    expect(200, olive.get("/v1/service-requests?status=scheduled"));
    expect(400, olive.get("/v1/service-requests?status=lost"));
    expect(400, staff.get("/v1/service-requests?customer_id=olive"));
    var mikes = expect(200, staff.get("/v1/service-requests?mechanic_id=" + mikeId)).json();
    assertThat(mikes.path("items").get(0).path("id").asText()).isEqualTo(job);
    var ninas = expect(200, staff.get("/v1/service-requests?mechanic_id=" + ninaId)).json();
    assertThat(ninas.path("items").size()).isZero();
    expect(401, anonymous.get("/v1/service-requests"));
    expect(200, mike.get("/v1/service-requests/" + job));
    expect(404, nina.get("/v1/service-requests/" + job));
    expect(401, anonymous.get("/v1/service-requests/" + job));
    return job;
  }

  private Map<String, Object> request(String kind) {
    return body("service_kind", kind, "service_description", "Squeaks", "requested_date", today);
  }

  private void workOn(String job) {
    String path = "/v1/service-requests/" + job;
    expect(422, staff.post(path + "/schedule", body("mechanic_id", ninaId)));
    String oil = waitingOil();
    expect(200, staff.post("/v1/service-requests/" + oil + "/schedule", nina()));
    expect(400, staff.post(path + "/schedule", body("mechanic_id", "nobody")));
    expect(403, olive.post(path + "/schedule", body("mechanic_id", mikeId)));
    expect(
        404,
        staff.post("/v1/service-requests/" + UNKNOWN + "/schedule", body("mechanic_id", mikeId)));
    expect(413, staff.post(path + "/schedule", HUGE));
    expect(401, anonymous.post(path + "/schedule", Map.of()));
    String line = path + "/cost-lines";
    expect(422, mike.post(line, body("description", "Early", "unit_price", "1.00")));
    expect(403, olive.post(path + "/start", Map.of()));
    expect(404, nina.post(path + "/start", Map.of()));
    expect(401, anonymous.post(path + "/start", Map.of()));
    expect(422, mike.post(path + "/complete", Map.of()));
    expect(200, mike.post(path + "/start", Map.of()));
    revise(oil, job);
    expect(422, mike.post(path + "/start", Map.of()));
    expect(422, mike.put("/v1/mechanics/" + mikeId + "/status", body("work_status", "off")));
    expect(201, mike.post(line, body("description", "Tyres", "quantity", 4, "unit_price", 80)));
    expect(400, mike.post(line, body("description", "Tyres", "unit_price", "-1")));
    expect(403, olive.post(line, body("description", "Mine", "unit_price", "1.00")));
    expect(
        404,
        mike.post(
            "/v1/service-requests/" + UNKNOWN + "/cost-lines",
            body("description", "Tyres", "unit_price", "1.00")));
    expect(413, mike.post(line, HUGE));
    expect(401, anonymous.post(line, Map.of()));
    assertThat(expect(200, olive.get(line)).json().path("items")).hasSize(1);
    expect(400, olive.get(line + "?limit=x"));
    expect(404, nina.get(line));
    expect(401, anonymous.get(line));
    expect(403, olive.post(path + "/cancel", Map.of()));
    expect(403, olive.post(path + "/complete", Map.of()));
    expect(404, nina.post(path + "/complete", Map.of()));
    expect(401, anonymous.post(path + "/complete", Map.of()));
    expect(200, mike.post(path + "/complete", Map.of()));
    expect(422, staff.post(path + "/cancel", Map.of()));
    expect(404, nina.post(path + "/cancel", Map.of()));
    expect(401, anonymous.post(path + "/cancel", Map.of()));
    String other = Workshop.scheduled(oliveApi, "tyre_swap");
    expect(200, olive.post("/v1/service-requests/" + other + "/cancel", Map.of()));
  }

  /** Olive changes her oil change, which Nina has; not her tyre job, which Mike has started. */
  private void revise(String oil, String job) {
    String path = "/v1/service-requests/" + oil;
    var revised = expect(200, olive.patch(path, body("service_description", "Synthetic oil")));
    assertThat(revised.text("mechanic_id")).isEqualTo(ninaId);
    expect(400, olive.patch(path, body("requested_date", "2001-01-01")));
    expect(403, nina.patch(path, body("service_description", "Mine")));
    expect(404, mike.patch(path, body("service_description", "Mine")));
    expect(413, olive.patch(path, HUGE));
    expect(401, anonymous.patch(path, Map.of()));
    expect(422, olive.patch("/v1/service-requests/" + job, body("service_description", "Late")));
  }

  /** An oil change opened while Nina is away waits; she is back. */
  private String waitingOil() {
    String ninasDay = "/v1/mechanics/" + ninaId + "/attendance/" + today;
    expect(200, staff.put(ninasDay, body("status", "absent")));
    var opened = expect(201, olive.post("/v1/service-requests", request("oil_change")));
    assertThat(opened.text("status")).isEqualTo("pending");
    assertThat(opened.text("waiting_reason")).isNotBlank();
    expect(200, staff.put(ninasDay, present()));
    return opened.text("id");
  }

  private Map<String, Object> nina() {
    return body("mechanic_id", ninaId);
  }

  private void rate(String job) {
    String path = "/v1/service-requests/" + job + "/feedback";
    expect(400, olive.post(path, body("rating", 6)));
    expect(403, mike.post(path, body("rating", 5)));
    expect(404, nina.post(path, body("rating", 5)));
    expect(413, olive.post(path, HUGE));
    expect(401, anonymous.post(path, Map.of()));
    expect(201, olive.post(path, body("rating", 4, "feedback_text", "Quick and tidy")));
    expect(409, olive.post(path, body("rating", 5)));
    String waiting = Workshop.scheduled(oliveApi, "tyre_swap");
    expect(422, olive.post("/v1/service-requests/" + waiting + "/feedback", body("rating", 5)));
    var profile = expect(200, olive.get("/v1/mechanics/" + mikeId));
    assertThat(profile.text("average_rating")).isEqualTo("4.00");
  }

  private void readTheSchedule() {
    var day = expect(200, staff.get("/v1/schedule?date=" + today));
    assertThat(day.json().path("items").size()).isGreaterThanOrEqualTo(2);
    expect(200, mike.get("/v1/schedule?date=" + today));
    expect(400, staff.get("/v1/schedule"));
    expect(403, olive.get("/v1/schedule?date=" + today));
    expect(401, anonymous.get("/v1/schedule?date=" + today));
  }

  private static Api.Reply expect(int status, Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    return reply;
  }
}
