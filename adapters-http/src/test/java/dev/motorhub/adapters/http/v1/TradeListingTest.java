package dev.motorhub.adapters.http.v1;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Browsing the marketplace: the open trades by default, filtered by owner, service, kind, brand,
 * model and years, a page at a time; closed and cancelled ones for staff, and for a customer only
 * their own.
 */
class TradeListingTest {
  static TestServer server;
  static Api staff;
  static Accounts.Signed olive;
  static Accounts.Signed bruno;
  static String lease;
  static String sale;
  static String corolla;
  static String golf;
  static String x3;
  static String cancelled;
  static String closed;

  /** Olive leases a 2018 Corolla and sells a 2021 Golf; Bruno leases a 2020 X3. */
  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "warden", Role.STAFF).api();
    olive = Accounts.customer(server, "olive");
    bruno = Accounts.customer(server, "bruno");
    lease = Market.service(staff, "lease", "50.00");
    sale = Market.service(staff, "sell", "25.00");
    corolla = trade(olive, "Toyota", "Corolla", 2018, lease);
    golf = trade(olive, "Volkswagen", "Golf", 2021, sale);
    x3 = trade(bruno, "BMW", "X3", 2020, lease);
    cancelled = trade(olive, "Fiat", "Panda", 2012, lease);
    olive.api().delete("/v1/trades/" + cancelled);
    closed = trade(bruno, "Toyota", "Yaris", 2019, sale);
    String offer = Market.offer(bruno.api(), closed, "7000.00");
    olive.api().post("/v1/proposals/" + offer + "/accept", Map.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theOpenTrades_areListedToEveryoneSignedIn_andFilteredOnEveryField() {
    assertThat(ids(bruno.api(), "")).containsExactly(corolla, golf, x3);
    assertThat(ids(staff, "?status=open")).containsExactly(corolla, golf, x3);
    assertThat(ids(bruno.api(), "?owner_id=" + olive.id())).containsExactly(corolla, golf);
    assertThat(ids(bruno.api(), "?service_id=" + sale)).containsExactly(golf);
    assertThat(ids(bruno.api(), "?kind=LEASE")).containsExactly(corolla, x3);
    assertThat(ids(bruno.api(), "?kind=rent")).isEmpty();
    assertThat(ids(bruno.api(), "?brand=toy")).containsExactly(corolla);
    assertThat(ids(bruno.api(), "?model=OLF")).containsExactly(golf);
    assertThat(ids(bruno.api(), "?year_from=2020")).containsExactly(golf, x3);
    assertThat(ids(bruno.api(), "?year_from=2018&year_to=2020")).containsExactly(corolla, x3);
    assertThat(ids(bruno.api(), "?year_to=2017")).isEmpty();
    assertThat(ids(bruno.api(), "?kind=lease&owner_id=" + bruno.id())).containsExactly(x3);
  }

  @Test
  void theTradesArePaged_inTheOrderTheyWereOpened() {
    List<String> walked = new ArrayList<>();
    JsonNode page = bruno.api().get("/v1/trades?limit=2").json();
    walked.addAll(ids(page));
    assertThat(page.path("next_cursor").isTextual()).isTrue();
    page = bruno.api().get("/v1/trades?limit=2&cursor=" + page.path("next_cursor").asText()).json();
    walked.addAll(ids(page));

    assertThat(page.path("next_cursor").isNull()).isTrue();
    assertThat(walked).containsExactly(corolla, golf, x3);
  }

  @Test
  void closedAndCancelledTrades_areListedToStaff_andToACustomerThoseTheyOwnOrBought() {
    assertThat(ids(staff, "?status=cancelled")).containsExactly(cancelled);
    assertThat(ids(staff, "?status=closed")).containsExactly(closed);
    assertThat(ids(olive.api(), "?status=cancelled")).containsExactly(cancelled);
    assertThat(ids(bruno.api(), "?status=cancelled")).isEmpty();
    assertThat(ids(bruno.api(), "?status=closed")).containsExactly(closed);
    assertThat(ids(olive.api(), "?status=closed")).containsExactly(closed);
    assertThat(bruno.api().get("/v1/trades?status=cancelled&owner_id=" + olive.id()).status())
        .isEqualTo(403);
    JsonNode deal = staff.get("/v1/trades/" + closed).json();
    assertThat(deal.path("buyer_id").asText()).isEqualTo(olive.id());
    assertThat(deal.at("/vehicle/license_plate").asText()).startsWith("MH-");
    assertThat(deal.at("/service/kind").asText()).isEqualTo("sell");
  }

  private static String trade(
      Accounts.Signed owner, String brand, String model, int year, String service) {
    String vehicle = Market.vehicle(server, owner.accessToken(), brand, model, year);
    return Market.trade(owner.api(), vehicle, service);
  }

  private static List<String> ids(Api who, String query) {
    Api.Reply reply = who.get("/v1/trades" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return ids(reply.json());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }
}
