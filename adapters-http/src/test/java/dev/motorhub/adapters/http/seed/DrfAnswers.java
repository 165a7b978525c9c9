package dev.motorhub.adapters.http.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Assertions on the seed routes' answers: DRF-shaped errors, and no secret in any success. */
public final class DrfAnswers {
  private DrfAnswers() {}

  /**
   * Asserts a DRF-shaped error with {@code status}: {@code {"detail": "…"}} or {@code {"field":
   * ["message", …]}} (CarCarePro adds its {@code "error_message"}), and nothing of the server's
   * insides.
   */
  public static JsonNode assertDrfError(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/json");
    JsonNode body = reply.json();
    assertThat(body.isObject() && !body.isEmpty()).as(reply.toString()).isTrue();
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      JsonNode value = field.getValue();
      if (field.getKey().equals("detail") || field.getKey().equals("error_message")) {
        assertThat(value.isTextual() && !value.asText().isBlank()).as(reply.toString()).isTrue();
      } else {
        assertThat(value.isArray() && !value.isEmpty()).as(reply.toString()).isTrue();
        value.forEach(message -> assertThat(message.isTextual()).as(reply.toString()).isTrue());
      }
    }
    assertThat(reply.body()).doesNotContain("Exception", "\tat ", "dev.motorhub", "org.eclipse");
    return body;
  }

  /** As {@link #assertDrfError}, and the error names {@code field}; its messages are returned. */
  public static JsonNode assertFieldError(Api.Reply reply, int status, String field) {
    JsonNode body = assertDrfError(reply, status);
    assertThat(body.has(field)).as(field + " in " + reply).isTrue();
    return body.get(field);
  }

  /** The names of an object's fields, in the order the server wrote them. */
  public static List<String> fieldNames(JsonNode body) {
    return body.properties().stream().map(Map.Entry::getKey).toList();
  }

  /** Asserts {@code status} and a body that holds no password, hash or otherwise. */
  public static JsonNode assertSuccess(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertNoSecrets(reply);
    return reply.body().isEmpty() ? null : reply.json();
  }

  /** No field named like a password, at any depth, and nothing shaped like a password hash. */
  public static void assertNoSecrets(Api.Reply reply) {
    assertThat(reply.body()).as(reply.toString()).doesNotContain("$2a$", "$2b$", "$2y$", "pbkdf2");
    if (!reply.body().isEmpty()) {
      assertNoPasswordField(reply.json(), reply);
    }
  }

  private static void assertNoPasswordField(JsonNode node, Api.Reply reply) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      assertThat(field.getKey().toLowerCase(Locale.ROOT))
          .as(reply.toString())
          .doesNotContain("password");
      assertNoPasswordField(field.getValue(), reply);
    }
    if (node.isArray()) {
      node.forEach(item -> assertNoPasswordField(item, reply));
    }
  }
}
