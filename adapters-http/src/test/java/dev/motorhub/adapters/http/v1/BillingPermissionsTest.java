package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Matrix.row;

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
 * Who may do what with invoices and payments: a customer reads and pays their own invoices (anyone
 * else's is not found); staff read every invoice, record payments with the customer's card on file
 * and void; everyone lists their own payments.
 */
class BillingPermissionsTest {
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
            // a superuser. The invoice is the owner's, for the exposure of a lease trade.
            row(
                "GET /v1/invoices",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/invoices?status=open")),
            row(
                "GET /v1/invoices?customer_id={the owner}",
                "401 200 403 403 200 200",
                none(),
                (api, f) -> api.get("/v1/invoices?customer_id=" + f.owner().id())),
            row(
                "GET /v1/invoices/{the owner's}",
                "401 200 404 404 200 200",
                invoice(),
                (api, f) -> api.get(invoice().apply(f))),
            row(
                "POST /v1/invoices/{the owner's}/payments (the owner's card)",
                "401 201 404 404 201 201",
                invoice(),
                (api, f) ->
                    api.post(
                        invoice().apply(f) + "/payments",
                        Map.of("card_id", cases.card(f), "amount", "10.00"))),
            row(
                "POST /v1/invoices/{the owner's}/void",
                "401 403 403 403 200 200",
                invoice(),
                (api, f) ->
                    api.post(invoice().apply(f) + "/void", Map.of("reason", "Listed in error."))),
            row(
                "GET /v1/payments",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/payments")),
            row(
                "GET /v1/payments?invoice_id={the owner's}",
                "401 200 200 200 200 200",
                none(),
                (api, f) -> api.get("/v1/payments?invoice_id=" + cases.invoice(f)))));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("matrix")
  void permissions(Row row, Actor actor, int status) {
    Matrix.run(cast, row, actor, status);
  }

  private static Function<Fixture, String> none() {
    return f -> null;
  }

  private static Function<Fixture, String> invoice() {
    return f -> "/v1/invoices/" + cases.invoice(f);
  }
}
