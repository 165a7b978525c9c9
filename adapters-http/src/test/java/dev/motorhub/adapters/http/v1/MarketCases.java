package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import java.util.Map;

/**
 * The marketplace records a permission case acts on, each made the first time the case asks for it:
 * the owner's vehicle, open lease trade and open offer, the other customer's counter to it, a trade
 * closed with a third customer or cancelled, the owner's invoice, card and notification.
 */
final class MarketCases {
  private final TestServer server;
  private final Matrix.Cast cast;

  MarketCases(TestServer server, Matrix.Cast cast) {
    this.server = server;
    this.cast = cast;
  }

  /** An active lease service with a fee, defined by a superuser. */
  String service(Fixture f) {
    return f.memo("service", () -> Market.service(f.superuser(), "lease", "50.00"));
  }

  /** A service no longer active. */
  String inactiveService(Fixture f) {
    return f.memo(
        "inactive service",
        () -> {
          String id = Market.service(f.superuser(), "sell", "10.00");
          ok(f.superuser().patch("/v1/services/" + id, Map.of("active", false)));
          return id;
        });
  }

  String vehicle(Fixture f) {
    return f.memo("vehicle", () -> Market.vehicle(server, f.owner().accessToken()));
  }

  /** The owner's vehicle on the marketplace under the lease service. */
  String trade(Fixture f) {
    return f.memo("trade", () -> Market.trade(f.owner().api(), vehicle(f), service(f)));
  }

  /** The owner's open offer on the trade, which issues the owner the lease invoice. */
  String offer(Fixture f) {
    return f.memo("offer", () -> Market.offer(f.owner().api(), trade(f), "12000.00"));
  }

  /** The other customer's counter to the offer, addressed to the owner. */
  String counter(Fixture f) {
    return f.memo("counter", () -> Market.counter(cast.otherCustomer(), offer(f), "11000.00"));
  }

  /** A third customer's counter to the offer, addressed to the owner. */
  String buyersCounter(Fixture f) {
    return f.memo("buyer's counter", () -> Market.counter(buyer(f), offer(f), "11500.00"));
  }

  /** The trade, closed: a third customer took the offer. */
  String closedTrade(Fixture f) {
    return f.memo(
        "closed",
        () -> {
          ok(buyer(f).post("/v1/proposals/" + offer(f) + "/accept", Map.of()));
          return trade(f);
        });
  }

  /** The trade, cancelled by its owner. */
  String cancelledTrade(Fixture f) {
    return f.memo(
        "cancelled",
        () -> {
          ok(f.owner().api().delete("/v1/trades/" + trade(f)));
          return trade(f);
        });
  }

  /** The owner's invoice for the lease trade's exposure. */
  String invoice(Fixture f) {
    return f.memo(
        "invoice",
        () -> {
          offer(f);
          return f.owner().api().get("/v1/invoices").json().at("/items/0/id").asText();
        });
  }

  /** A card on the owner's file. */
  String card(Fixture f) {
    return f.memo("card", () -> Market.card(server, f.owner().accessToken()));
  }

  /** A notification of the owner's: the lease invoice was issued. */
  String notification(Fixture f) {
    return f.memo(
        "notification",
        () -> {
          offer(f);
          return f.owner().api().get("/v1/notifications").json().at("/items/0/id").asText();
        });
  }

  /** A customer of this case only, other than the owner and the other customer. */
  private Api buyer(Fixture f) {
    String token =
        f.memo("buyer", () -> Accounts.customer(server, Matrix.unique("buyer")).accessToken());
    return server.api().bearer(token);
  }

  /** Asserts that a setup call succeeded. */
  static void ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isLessThan(300);
  }
}
