package dev.motorhub.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request schemas accept what the server accepts before it normalises a value: plates in small
 * letters and with spaces, phones with separators, a VIN with spaces around it, a kind in capitals;
 * {@link RequestRulesTest} shows the other way round, that what they refuse the server refuses.
 */
class TypedValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiDocument DOCUMENT = OpenApiDocument.load();
  private static final SchemaValidator VALIDATOR = new SchemaValidator(DOCUMENT);

  @Test
  void theRequestSchemas_acceptValuesAsPeopleTypeThem_whichTheServerNormalises() {
    Map<String, List<Object>> accepted =
        Map.of(
            "VehicleChanges",
            List.of(
                Map.of("license_plate", "kda 042x", "vin", " 1hgbh41jxmn109186 "),
                Map.of("license_plate", "KDA-042X", "vin", "")),
            "CustomerChanges",
            List.of(Map.of("phone_number", "(+1) 415-555.0100", "dob", "")),
            "NewContact",
            List.of(Map.of("phone_number", "+254 701 036 054")),
            "AccountFields",
            List.of(Map.of("username", "alice.b+1@x", "email", "a@b.co", "password", "P4ssw0rd!")),
            "NewCreditCard",
            List.of(
                Map.of(
                    "number",
                    "4242 4242-4242 4242",
                    "expiry",
                    "12 / 2030",
                    "holder",
                    "A",
                    "cvc",
                    "123"),
                Map.of(
                    "number",
                    "4242424242424242",
                    "exp_month",
                    1,
                    "exp_year",
                    30,
                    "holder",
                    "A",
                    "cvc",
                    " 123 ")),
            "NewService",
            List.of(Map.of("kind", "SELL", "name", "Sale", "fee", "1.00")));
    accepted.forEach(
        (name, bodies) ->
            bodies.forEach(
                body ->
                    assertThat(
                            VALIDATOR.validate(
                                JSON.valueToTree(body),
                                DOCUMENT.target("#/components/schemas/" + name)))
                        .as(name + " " + body)
                        .isEmpty()));
  }
}
