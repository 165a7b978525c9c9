package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;

/** Assertions on the problem+json answers of the /v1 routes. */
final class Problems {
  private Problems() {}

  /** Asserts a problem+json answer with {@code status} and nothing of the server's insides. */
  static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("type").asText()).startsWith("urn:motorhub:problem:");
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).isNotBlank();
    assertThat(body.path("request_id").asText()).isEqualTo(reply.header("X-Request-Id"));
    assertThat(reply.body()).doesNotContain("Exception", "\tat ", "dev.motorhub", "org.eclipse");
  }
}
