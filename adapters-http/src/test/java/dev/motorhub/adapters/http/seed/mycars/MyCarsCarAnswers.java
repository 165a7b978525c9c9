package dev.motorhub.adapters.http.seed.mycars;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Assertions on the My Cars car routes' answers: the seed's car, and DRF-shaped refusals. */
final class MyCarsCarAnswers {
  /** The fields of the seed's car, in its order. */
  static final List<String> CAR_FIELDS =
      List.of(
          "id",
          "brand",
          "model",
          "year",
          "color",
          "license",
          "vin",
          "mileage",
          "owner",
          "owner_name",
          "owner_username",
          "image",
          "notes",
          "created_at",
          "updated_at");

  private MyCarsCarAnswers() {}

  /** The seed's car body for {@code license}, as its README shows it. */
  static Map<String, Object> car(String license) {
    return Map.of(
        "brand", "Toyota",
        "model", "Camry",
        "year", 2023,
        "color", "Blue",
        "license", license,
        "vin", "1HGBH41JXMN109186",
        "mileage", 15000,
        "notes", "Excellent condition");
  }

  /** Asserts {@code status} and a car in the seed's shape; the car is returned. */
  static JsonNode assertCar(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    JsonNode car = reply.json();
    assertThat(fields(car)).isEqualTo(CAR_FIELDS);
    return car;
  }

  /**
   * Asserts a DRF-shaped refusal with {@code status}: {@code {"detail": …}}, or, when {@code field}
   * is given, {@code {"field": ["message", …]}}; the first message is returned.
   */
  static String assertRefused(Api.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.body()).doesNotContain("Exception", "dev.motorhub", "\tat ");
    JsonNode body = reply.json();
    if (field == null) {
      assertThat(body.path("detail").asText()).as(reply.toString()).isNotBlank();
      return body.path("detail").asText();
    }
    assertThat(body.path(field).isArray()).as(field + " in " + reply).isTrue();
    return body.path(field).get(0).asText();
  }

  static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
