package dev.motorhub.adapters.http.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assertions on the seed routes' answers: errors in DRF's shapes ({@code {"detail": …}} or {@code
 * {"field": ["message"]}}) with nothing of the server's insides, and no password or hash anywhere.
 */
public final class DrfReplies {
  private DrfReplies() {}

  /** Asserts a DRF-shaped error with {@code status}; returns its body. */
  public static JsonNode assertDrfError(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/json");
    JsonNode body = reply.json();
    assertThat(body.isObject()).as(reply.toString()).isTrue();
    assertThat(body.size()).as(reply.toString()).isPositive();
    if (body.has("detail")) {
      assertThat(body.size()).as(reply.toString()).isEqualTo(1);
      assertThat(body.get("detail").isTextual()).as(reply.toString()).isTrue();
      assertThat(body.get("detail").asText()).isNotBlank();
    } else {
      for (Map.Entry<String, JsonNode> field : body.properties()) {
        JsonNode messages = field.getValue();
        assertThat(messages.isArray()).as(field.getKey() + " in " + reply).isTrue();
        assertThat(messages.size()).as(field.getKey() + " in " + reply).isPositive();
        messages.forEach(m -> assertThat(m.isTextual() && !m.asText().isBlank()).isTrue());
      }
    }
    assertThat(reply.body())
        .doesNotContain("Exception", "\tat ", "dev.motorhub", "org.eclipse", "urn:motorhub:");
    assertNoHash(reply);
    return body;
  }

  /** Asserts {@code {"detail": detail}} with {@code status}. */
  public static void assertDetail(Api.Reply reply, int status, String detail) {
    assertThat(assertDrfError(reply, status).path("detail").asText()).isEqualTo(detail);
  }

  /** Asserts a field error with {@code status} naming exactly {@code fields}; returns its body. */
  public static JsonNode assertFieldErrors(Api.Reply reply, int status, String... fields) {
    JsonNode body = assertDrfError(reply, status);
    assertThat(fieldNames(body)).as(reply.toString()).containsExactlyInAnyOrder(fields);
    return body;
  }

  /** Asserts a success that names no password field at any depth and holds no hash. */
  public static void assertNoPassword(Api.Reply reply) {
    assertThat(allFieldNames(reply.json()))
        .as(reply.toString())
        .noneMatch(name -> name.toLowerCase().contains("password"));
    assertNoHash(reply);
  }

  /** No password hash of any scheme the platform or the seeds use. */
  public static void assertNoHash(Api.Reply reply) {
    assertThat(reply.body()).doesNotContain("$2a$", "$2b$", "$2y$", "pbkdf2", "PBKDF2");
  }

  public static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> allFieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        names.add(field.getKey());
        names.addAll(allFieldNames(field.getValue()));
      }
    } else if (node.isArray()) {
      node.forEach(item -> names.addAll(allFieldNames(item)));
    }
    return names;
  }
}
