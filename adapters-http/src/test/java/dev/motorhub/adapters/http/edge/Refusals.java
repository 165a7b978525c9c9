package dev.motorhub.adapters.http.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.motorhub.adapters.http.support.Api;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * What a refusal of bad input looks like: 400 naming the field with the expected message, in
 * problem+json ({@code errors: {field: [message]}}) on {@code /v1} and as DRF's {@code {"field":
 * ["message"]}} on the seed routes.
 */
final class Refusals {
  static final String JSON = "application/json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Refusals() {}

  /** The body as JSON, {@code RawValue}s written as they are. */
  static String json(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Records whether {@code reply} refuses {@code field} of a route with {@code message}. */
  static void expect(
      SoftAssertions softly,
      String what,
      boolean seed,
      Api.Reply reply,
      String field,
      String message) {
    softly.assertThat(reply.status()).as("%s: %s", what, reply).isEqualTo(400);
    if (reply.status() != 400) {
      return;
    }
    if (!seed) {
      softly
          .assertThat(reply.header("Content-Type"))
          .as("%s: %s", what, reply)
          .isEqualTo("application/problem+json");
    }
    JsonNode errors = seed ? reply.json() : reply.json().path("errors");
    softly.assertThat(messages(errors.path(field))).as("%s: %s", what, reply).contains(message);
  }

  private static List<String> messages(JsonNode node) {
    List<String> messages = new ArrayList<>();
    node.forEach(message -> messages.add(message.asText()));
    return messages;
  }
}
