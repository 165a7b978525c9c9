package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.HttpServer;
import dev.motorhub.adapters.http.HttpSettings;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.application.Motorhub;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Multipart bodies under the server's default limits: Jetty reads them, not Javalin, so each limit
 * it applies (the body, a file, the text fields together) must answer 413, never a malformed form.
 */
class MultipartLimitsTest {
  static HttpServer server;
  static Api api;

  @BeforeAll
  static void start() {
    server =
        new HttpServer(
                Motorhub.inMemory(),
                HttpSettings.defaults(),
                Clock.systemUTC(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
            .start("127.0.0.1", 0);
    api = new Api("http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void textFieldsLargerThanJettysFormLimit_areContentTooLarge() {
    Api.Reply reply =
        api.multipart("POST", "/v1/auth/register", Map.of("notes", "x".repeat(300_000)));

    assertProblem(reply, 413);
  }

  @Test
  void aFileLargerThanTheBodyLimit_isContentTooLarge() {
    int overLimit = (int) HttpSettings.DEFAULT_MAX_BODY_BYTES + 1;

    Api.Reply reply =
        api.upload(
            "POST",
            "/v1/auth/register",
            "cv",
            "cv.pdf",
            "application/pdf",
            new byte[overLimit],
            Map.of("username", "sam"));

    assertProblem(reply, 413);
    assertThat(reply.text("type")).isEqualTo("urn:motorhub:problem:content_too_large");
  }
}
