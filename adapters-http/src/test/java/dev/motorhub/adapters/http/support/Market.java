package dev.motorhub.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Marketplace records for HTTP tests, all made over HTTP: vehicles, cards, services, trades and
 * proposals.
 */
public final class Market {
  public static final String VISA = "4242424242424242";
  public static final String MASTERCARD = "5555555555554444";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Market() {}

  /** A 2018 Toyota Corolla in the garage of the holder of {@code accessToken}; its id. */
  public static String vehicle(TestServer server, String accessToken) {
    return vehicle(server, accessToken, "Toyota", "Corolla", 2018);
  }

  public static String vehicle(
      TestServer server, String accessToken, String brand, String model, int year) {
    return vehicle(server.api().bearer(accessToken), brand, model, year);
  }

  /** A vehicle with a plate no other test uses, registered by its owner; its id. */
  public static String vehicle(Api owner, String brand, String model, int year) {
    return created(
        owner.post(
            "/v1/vehicles",
            Map.of(
                "brand",
                brand,
                "model",
                model,
                "year",
                year,
                "color",
                "Blue",
                "license_plate",
                "MH-" + SEQUENCE.incrementAndGet(),
                "mileage",
                42000)));
  }

  /** A Visa card, valid until 2030, on the file of the holder of {@code accessToken}; its id. */
  public static String card(TestServer server, String accessToken) {
    return card(server, accessToken, VISA);
  }

  public static String card(TestServer server, String accessToken, String number) {
    return card(server.api().bearer(accessToken), number);
  }

  /** A card of {@code number}, valid until 2030, put on file by its owner; its id. */
  public static String card(Api owner, String number) {
    return created(
        owner.post(
            "/v1/credit-cards",
            Map.of("number", number, "expiry", "12/30", "holder", "Card Holder", "cvc", "123")));
  }

  /** An active service of {@code kind} and {@code fee} with a name no other test uses; its id. */
  public static String service(Api staff, String kind, String fee) {
    Api.Reply reply =
        staff.post(
            "/v1/services",
            Map.of("kind", kind, "name", "Service " + SEQUENCE.incrementAndGet(), "fee", fee));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.text("id");
  }

  /** The owner's vehicle opened for trade under the service; the trade's id. */
  public static String trade(Api owner, String vehicle, String service) {
    Api.Reply reply =
        owner.post("/v1/trades", Map.of("vehicle_id", vehicle, "service_id", service));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.text("id");
  }

  /** A new vehicle of the owner's on the marketplace under a new service; the trade's id. */
  public static String listing(
      TestServer server, Api staff, Accounts.Signed owner, String kind, String fee) {
    String vehicle = vehicle(server, owner.accessToken());
    return trade(owner.api(), vehicle, service(staff, kind, fee));
  }

  /**
   * A new vehicle of the owner's leased under a new service of {@code fee}, with the first offer,
   * which issues the owner an invoice of the fee; the invoice's id.
   */
  public static String exposureInvoice(
      TestServer server, Api staff, Accounts.Signed owner, String fee) {
    offer(owner.api(), listing(server, staff, owner, "lease", fee), "12000.00");
    var invoices = owner.api().get("/v1/invoices?limit=100").json().path("items");
    return invoices.get(invoices.size() - 1).path("id").asText();
  }

  /** The owner's open offer of {@code amount} on the trade; the proposal's id. */
  public static String offer(Api owner, String trade, String amount) {
    return created(owner.post("/v1/trades/" + trade + "/proposals", terms(amount)));
  }

  /** An answer of {@code amount} to a proposal; the counter-proposal's id. */
  public static String counter(Api party, String proposal, String amount) {
    return created(party.post("/v1/proposals/" + proposal + "/counter", terms(amount)));
  }

  /** Terms of {@code amount}: 1 000.00 down, the rest monthly over a year. */
  public static Map<String, Object> terms(String amount) {
    return Map.of(
        "amount",
        amount,
        "down_payment",
        "1000.00",
        "term_days",
        365,
        "payment_frequency",
        "monthly",
        "note",
        "Serviced last spring.");
  }

  private static String created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.text("id");
  }
}
