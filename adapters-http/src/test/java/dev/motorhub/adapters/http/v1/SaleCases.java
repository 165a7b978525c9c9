package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import java.util.Map;

/**
 * The sales a handover permission case acts on, each made the first time the case asks for it: the
 * owner's vehicle on offer under a sale service, sold to a third customer or to the other customer
 * of the cast, and handed over.
 */
final class SaleCases {
  private final TestServer server;
  private final Matrix.Cast cast;

  SaleCases(TestServer server, Matrix.Cast cast) {
    this.server = server;
    this.cast = cast;
  }

  String vehicle(Fixture f) {
    return f.memo("vehicle", () -> Market.vehicle(server, f.owner().accessToken()));
  }

  /** An active sale service, defined by a superuser. */
  String service(Fixture f) {
    return f.memo("service", () -> Market.service(f.superuser(), "sell", "10.00"));
  }

  /** The owner's vehicle on the marketplace under the sale service. */
  String trade(Fixture f) {
    return f.memo("trade", () -> Market.trade(f.owner().api(), vehicle(f), service(f)));
  }

  /** The trade, closed: a third customer bought the vehicle; its handover is pending. */
  String sale(Fixture f) {
    return f.memo("sale", () -> soldTo(f, thirdCustomer(f)));
  }

  /** The trade, closed: the cast's other customer bought the vehicle. */
  String saleToOtherCustomer(Fixture f) {
    return f.memo("sale to the other customer", () -> soldTo(f, cast.otherCustomer()));
  }

  /** The sale to the other customer, handed over by the owner: the vehicle is theirs. */
  String handedOver(Fixture f) {
    return f.memo(
        "handed over",
        () -> {
          String sale = saleToOtherCustomer(f);
          MarketCases.ok(f.owner().api().post("/v1/trades/" + sale + "/handover", Map.of()));
          return sale;
        });
  }

  private String soldTo(Fixture f, Api buyer) {
    String offer = Market.offer(f.owner().api(), trade(f), "8000.00");
    MarketCases.ok(buyer.post("/v1/proposals/" + offer + "/accept", Map.of()));
    return trade(f);
  }

  private Api thirdCustomer(Fixture f) {
    return Accounts.customer(server, Matrix.unique("buyer")).api();
  }
}
