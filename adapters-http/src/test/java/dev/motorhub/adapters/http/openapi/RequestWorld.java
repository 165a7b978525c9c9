package dev.motorhub.adapters.http.openapi;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Map;

/**
 * The records that requests to break need on a fresh server: a superuser, staff, a customer (Olive)
 * with a vehicle, a card, a contact and a lease on offer with its invoice, another customer (Bruno)
 * to answer her offer, an account to manage, a plan and a lead.
 */
record RequestWorld(
    TestServer server,
    ConformingApi anonymous,
    ConformingApi superuser,
    ConformingApi staff,
    ConformingApi olive,
    ConformingApi bruno,
    String oliveToken,
    String account,
    String customer,
    String plan,
    String lead,
    String contact,
    String car,
    String service,
    String trade,
    String proposal,
    String invoice,
    String card) {

  static RequestWorld on(TestServer server, ConformingApi anonymous) {
    Accounts.Signed boss = Accounts.administrator(server, "boss", Role.STAFF);
    Accounts.Signed olive = Accounts.customer(server, "olive");
    Accounts.Signed target = Accounts.customer(server, "target");
    String service = Market.service(boss.api(), "lease", "50.00");
    String trade = Market.trade(olive.api(), Market.vehicle(server, olive.accessToken()), service);
    String proposal = Market.offer(olive.api(), trade, "12000.00");
    return new RequestWorld(
        server,
        anonymous,
        anonymous.bearer(Accounts.administrator(server, "root", Role.SUPERUSER).accessToken()),
        anonymous.bearer(boss.accessToken()),
        anonymous.bearer(olive.accessToken()),
        anonymous.bearer(Accounts.customer(server, "bruno").accessToken()),
        olive.accessToken(),
        target.id(),
        boss.api().get("/v1/users/" + target.id()).text("customer_id"),
        created(
            boss.api()
                .post(
                    "/v1/subscription-plans",
                    Map.of("name", "Gold", "price", "9.99", "duration_days", 30))),
        created(boss.api().post("/v1/leads", Map.of("first_name", "Lee"))),
        created(olive.api().post("/v1/contacts", Map.of("email", "o@example.com"))),
        Market.vehicle(server, olive.accessToken()),
        service,
        trade,
        proposal,
        olive.api().get("/v1/invoices").json().path("items").get(0).path("id").asText(),
        Market.card(server, olive.accessToken()));
  }

  /** Another vehicle of Olive's, on no trade. */
  String anotherCar() {
    return Market.vehicle(server, oliveToken);
  }

  /** A new customer, signed in. */
  ConformingApi newCustomer(String username) {
    return anonymous.bearer(Accounts.customer(server, username).accessToken());
  }

  private static String created(Api.Reply reply) {
    if (reply.status() != 201) {
      throw new AssertionError("Not created: " + reply);
    }
    return reply.text("id");
  }
}
