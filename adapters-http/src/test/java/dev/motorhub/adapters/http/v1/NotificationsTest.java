package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;
import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Actor;
import dev.motorhub.adapters.http.v1.Matrix.Row;
import dev.motorhub.domain.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In-app notifications over HTTP: the other party hears of every proposal event and the owner of
 * every invoice; the inbox shows unread ones first, pages through all of them, and only its
 * recipient reads it.
 */
class NotificationsTest {
  static TestServer server;
  static Matrix.Cast cast;
  static MarketCases cases;
  static Api staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    cast = Matrix.Cast.signIn(server);
    cases = new MarketCases(server, cast);
    staff = Accounts.administrator(server, "warden", Role.STAFF).api();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, the owner, another customer, a mechanic, staff,
            // a superuser. The notification is the owner's.
            row(
                "GET /v1/notifications",
                "401 200 200 200 200 200",
                f -> null,
                (api, f) -> api.get("/v1/notifications")),
            row(
                "POST /v1/notifications/{the owner's}/read",
                "401 200 404 404 404 404",
                f -> null,
                (api, f) ->
                    api.post("/v1/notifications/" + cases.notification(f) + "/read", Map.of())),
            row(
                "POST /v1/notifications/read",
                "401 204 204 204 204 204",
                f -> null,
                (api, f) -> api.post("/v1/notifications/read", Map.of()))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void permissions(Row row, Actor actor, int status) {
    Matrix.run(cast, row, actor, status);
  }

  @Test
  void everyProposalEvent_tellsTheOtherParty_andEveryInvoiceItsCustomer() {
    Accounts.Signed owner = Accounts.customer(server, Matrix.unique("olive"));
    Accounts.Signed bruno = Accounts.customer(server, Matrix.unique("bruno"));
    Accounts.Signed carla = Accounts.customer(server, Matrix.unique("carla"));
    String offer =
        Market.offer(
            owner.api(), Market.listing(server, staff, owner, "lease", "50.00"), "12000.00");
    String brunos = Market.counter(bruno.api(), offer, "11000.00");
    String carlas = Market.counter(carla.api(), offer, "10500.00");
    owner.api().post("/v1/proposals/" + carlas + "/decline", Map.of());
    String back = Market.counter(owner.api(), brunos, "11500.00");
    String withdrawn = Market.counter(carla.api(), offer, "10800.00");
    carla.api().post("/v1/proposals/" + withdrawn + "/cancel", Map.of());
    bruno.api().post("/v1/proposals/" + back + "/accept", Map.of());

    assertThat(kinds(owner))
        .containsExactlyInAnyOrder(
            "invoice_issued",
            "proposal_received",
            "proposal_received",
            "proposal_received",
            "proposal_cancelled",
            "proposal_accepted");
    assertThat(kinds(bruno)).containsExactlyInAnyOrder("proposal_received");
    assertThat(kinds(carla)).containsExactlyInAnyOrder("proposal_declined");
    JsonNode accepted = inbox(owner.api(), "").path("items").get(0);
    assertThat(accepted.path("kind").asText()).isEqualTo("proposal_accepted");
    assertThat(accepted.path("subject_type").asText()).isEqualTo("proposal");
    assertThat(accepted.path("subject_id").asText()).isEqualTo(back);
    assertThat(accepted.path("message").asText()).contains("11500.00");
  }

  @Test
  void theInbox_showsUnreadFirst_newestFirst_andPagesThroughEveryNotification() {
    Accounts.Signed owner = Accounts.customer(server, Matrix.unique("olive"));
    for (int i = 0; i < 5; i++) {
      Market.exposureInvoice(server, staff, owner, (i + 1) + ".00");
    }
    List<String> newestFirst = ids(inbox(owner.api(), "?limit=100"));
    String oldest = newestFirst.getLast();
    owner.api().post("/v1/notifications/" + newestFirst.getFirst() + "/read", Map.of());

    List<String> walked = new ArrayList<>();
    JsonNode page = inbox(owner.api(), "?limit=2");
    assertThat(page.path("unread_count").asInt()).isEqualTo(4);
    while (true) {
      walked.addAll(ids(page));
      if (page.path("next_cursor").isNull()) {
        break;
      }
      page = inbox(owner.api(), "?limit=2&cursor=" + page.path("next_cursor").asText());
    }

    assertThat(walked).hasSize(5).doesNotHaveDuplicates().endsWith(newestFirst.getFirst());
    assertThat(walked.get(3)).isEqualTo(oldest);
  }

  @Test
  void readingANotification_isForItsRecipient_andReadingItAgainChangesNothing() {
    Accounts.Signed owner = Accounts.customer(server, Matrix.unique("olive"));
    Market.exposureInvoice(server, staff, owner, "50.00");
    Market.exposureInvoice(server, staff, owner, "60.00");
    String first = ids(inbox(owner.api(), "")).getFirst();
    String read = "/v1/notifications/" + first + "/read";

    assertProblem(staff.post(read, Map.of()), 404);
    assertThat(inbox(owner.api(), "").path("unread_count").asInt()).isEqualTo(2);
    Api.Reply once = owner.api().post(read, Map.of());
    Api.Reply twice = owner.api().post(read, Map.of());

    assertThat(once.json().path("read").asBoolean()).isTrue();
    assertThat(twice.text("read_at")).isEqualTo(once.text("read_at"));
    assertThat(inbox(owner.api(), "").path("unread_count").asInt()).isEqualTo(1);
    assertThat(owner.api().post("/v1/notifications/read", Map.of()).status()).isEqualTo(204);
    JsonNode inbox = inbox(owner.api(), "");
    assertThat(inbox.path("unread_count").asInt()).isZero();
    assertThat(inbox.path("items")).allMatch(n -> n.path("read_at").isTextual());
  }

  private static JsonNode inbox(Api who, String query) {
    Api.Reply reply = who.get("/v1/notifications" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> ids(JsonNode inbox) {
    List<String> ids = new ArrayList<>();
    inbox.path("items").forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  private static List<String> kinds(Accounts.Signed who) {
    List<String> kinds = new ArrayList<>();
    inbox(who.api(), "?limit=100").path("items").forEach(n -> kinds.add(n.path("kind").asText()));
    return kinds;
  }
}
