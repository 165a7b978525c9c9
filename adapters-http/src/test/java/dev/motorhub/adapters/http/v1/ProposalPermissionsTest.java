package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;

import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix.Actor;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import dev.motorhub.adapters.http.v1.Matrix.Row;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what with proposals. The owner makes open offers; any other customer accepts or
 * counters one; the addressee of a counter-proposal accepts, declines or counters it; its author
 * cancels it; nobody answers their own. Mechanics and staff do not trade. Everyone sees the open
 * offers; a counter-proposal is for its parties, the trade's owner and staff to see.
 */
class ProposalPermissionsTest {
  static TestServer server;
  static Matrix.Cast cast;
  static MarketCases cases;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    cast = Matrix.Cast.signIn(server);
    cases = new MarketCases(server, cast);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    return Matrix.cases(
        List.of(
            // Statuses in order: anonymous, the owner, another customer, a mechanic, staff,
            // a superuser. The offer is the owner's; the counter is the other customer's.
            row(
                "POST /v1/trades/{open}/proposals",
                "401 201 422 403 403 403",
                proposals(),
                (api, f) -> api.post(proposals().apply(f), Market.terms("12500.00"))),
            row(
                "GET /v1/trades/{open}/proposals",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get(proposals().apply(f))),
            row(
                "GET /v1/trades/{closed}/proposals",
                "401 200 404 404 200 200",
                none(),
                (api, f) -> api.get("/v1/trades/" + cases.closedTrade(f) + "/proposals")),
            row(
                "GET /v1/proposals/{offer}",
                "401 200 200 200 200 200",
                offer(),
                (api, f) -> api.get(offer().apply(f))),
            row(
                "GET /v1/proposals/{counter}",
                "401 200 200 404 200 200",
                counter(),
                (api, f) -> api.get(counter().apply(f))),
            row(
                "GET /v1/proposals/{a third customer's counter}",
                "401 200 404 404 200 200",
                buyersCounter(),
                (api, f) -> api.get(buyersCounter().apply(f))),
            row(
                "POST /v1/proposals/{offer}/accept",
                "401 422 200 403 403 403",
                offer(),
                (api, f) -> api.post(offer().apply(f) + "/accept", Map.of())),
            row(
                "POST /v1/proposals/{counter}/accept",
                "401 200 422 403 403 403",
                counter(),
                (api, f) -> api.post(counter().apply(f) + "/accept", Map.of())),
            row(
                "POST /v1/proposals/{offer}/counter",
                "401 422 201 403 403 403",
                offer(),
                (api, f) -> api.post(offer().apply(f) + "/counter", Market.terms("9000.00"))),
            row(
                "POST /v1/proposals/{counter}/counter",
                "401 201 422 403 403 403",
                counter(),
                (api, f) -> api.post(counter().apply(f) + "/counter", Market.terms("11800.00"))),
            row(
                "POST /v1/proposals/{counter}/decline",
                "401 200 422 403 403 403",
                counter(),
                (api, f) -> api.post(counter().apply(f) + "/decline", Map.of())),
            row(
                "POST /v1/proposals/{offer}/cancel",
                "401 200 403 403 403 403",
                offer(),
                (api, f) -> api.post(offer().apply(f) + "/cancel", Map.of())),
            row(
                "POST /v1/proposals/{counter}/cancel",
                "401 403 200 403 403 403",
                counter(),
                (api, f) -> api.post(counter().apply(f) + "/cancel", Map.of()))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void permissions(Row row, Actor actor, int status) {
    Matrix.run(cast, row, actor, status);
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  /** The proposals on the owner's open trade, which has the owner's offer. */
  private static Function<Fixture, String> proposals() {
    return f -> {
      cases.offer(f);
      return "/v1/trades/" + cases.trade(f) + "/proposals";
    };
  }

  private static Function<Fixture, String> offer() {
    return f -> "/v1/proposals/" + cases.offer(f);
  }

  private static Function<Fixture, String> counter() {
    return f -> "/v1/proposals/" + cases.counter(f);
  }

  private static Function<Fixture, String> buyersCounter() {
    return f -> "/v1/proposals/" + cases.buyersCounter(f);
  }
}
