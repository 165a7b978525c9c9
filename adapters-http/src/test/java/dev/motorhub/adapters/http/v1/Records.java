package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import java.util.Map;

/** The cards, leads and contacts of a permission case, made through the API when first asked. */
final class Records {
  static final String VISA = "4242424242424242";

  private Records() {}

  /** A valid card body: a Visa test number, good through 12/2030. */
  static Map<String, Object> card() {
    return Map.of("number", VISA, "expiry", "12/30", "holder", "Card Holder", "cvc", "737");
  }

  /** The path of a card the case's owner put on file. */
  static String ownersCard(Fixture f) {
    return f.memo("card", () -> created(f.owner().api().post("/v1/credit-cards", card())));
  }

  /** The path of a lead a superuser noted down. */
  static String lead(Fixture f) {
    return f.memo(
        "lead",
        () ->
            created(
                f.superuser()
                    .post(
                        "/v1/leads",
                        Map.of("first_name", "Kim", "last_name", "Otieno", "source", "Web"))));
  }

  /** The path of a contact on the case's owner's file, added by the owner. */
  static String ownersContact(Fixture f) {
    return f.memo(
        "owner's contact",
        () ->
            created(
                f.owner()
                    .api()
                    .post("/v1/contacts", Map.of("email", "owner@work.example", "note", "Work"))));
  }

  /** The path of a contact of a lead, added by a superuser. */
  static String leadsContact(Fixture f) {
    String lead = lead(f); // made first: memo must not nest
    return f.memo(
        "lead's contact",
        () ->
            created(
                f.superuser()
                    .post(
                        "/v1/contacts",
                        Map.of("lead_id", idOf(lead), "phone_number", "+254701000005"))));
  }

  /** The last segment of a path: the record's id. */
  static String idOf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.header("Location");
  }
}
