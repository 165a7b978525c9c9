package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Outbox;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.memory.InMemorySmsGateway;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery-report callback's secret stays where it was put: the request log (on standard error
 * in the tests, captured here) shows the route template without it, and no answer repeats it,
 * whether the secret is right or wrong; a server with no secret configured refuses every report.
 */
class SmsCallbackSecrecyTest {
  private static final String SECRET = "s3cr3t-callback-9f8e7d6c5b4a";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;
  private TestServer server;

  @BeforeEach
  void captureTheLogAndStart() {
    original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    server = TestServer.withSms(new InMemorySmsGateway(), SECRET);
  }

  @AfterEach
  void stopAndRestore() {
    server.close();
    System.setErr(original);
  }

  private Api.Reply report(TestServer to, String secret) {
    String form = Outbox.report(Map.of("id", "ATXid_x", "status", "Success"));
    return to.api().send("POST", "/v1/sms/delivery-reports?secret=" + secret, form, FORM);
  }

  private String logOnceItHolds(String line) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    String log = captured.toString(StandardCharsets.UTF_8);
    while (!log.contains(line) && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
      log = captured.toString(StandardCharsets.UTF_8);
    }
    return log;
  }

  @Test
  void theSecret_isInNoLogLineAndNoAnswer_rightOrWrong() throws InterruptedException {
    Api.Reply right = report(server, SECRET);
    Api.Reply wrong = report(server, SECRET.substring(0, 20) + "0000000000");

    assertThat(right.status()).isEqualTo(200);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(right.body() + wrong.body() + wrong.headers()).doesNotContain(SECRET);
    assertThat(logOnceItHolds("route=/v1/sms/delivery-reports status=401"))
        .contains("route=/v1/sms/delivery-reports status=200")
        .doesNotContain(SECRET)
        .doesNotContain(SECRET.substring(0, 20));
  }

  @Test
  void withoutASecretConfigured_everyReportIsRefused() {
    try (TestServer unguarded = TestServer.start()) {
      assertThat(report(unguarded, SECRET).status()).isEqualTo(401);
      assertThat(report(unguarded, "").status()).isEqualTo(401);
    }
  }
}
