package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A card's number and security code never leave the request that carries them: no response body or
 * header holds them, and no line the server logs does, whether the card is added, refused, listed,
 * read or removed. The server logs through slf4j-simple to standard error, which this test captures
 * for the whole run (each request's own log line is awaited, so none is missed).
 */
class CardSecrecyTest {
  private static final String NUMBER = "4000056655665556";
  private static final String SPACED = "4000 0566 5566 5556";
  private static final String FIRST_TWELVE = NUMBER.substring(0, 12);
  private static final String CVC = "739";
  private static final Pattern CVC_TOKEN =
      Pattern.compile("(?<![0-9A-Za-z])" + CVC + "(?![0-9A-Za-z])");

  /** What may hold any digits by chance: thread names in brackets, and UUIDs. */
  private static final Pattern NOISE =
      Pattern.compile("\\[[^\\]]*\\]|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final List<Api.Reply> replies = new ArrayList<>();
  private PrintStream original;
  private TestServer server;

  @BeforeEach
  void captureTheLogAndStart() {
    original = System.err;
    System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
    server = TestServer.start();
  }

  @AfterEach
  void stopAndRestore() {
    server.close();
    System.setErr(original);
  }

  @Test
  void theNumberAndCode_appearInNoResponseAndNoLogLine() throws InterruptedException {
    Api alice = Accounts.customer(server, "alice").api();
    Api bob = Accounts.customer(server, "bob").api();
    Api staff = Accounts.administrator(server, "chief", Role.STAFF).api();
    Map<String, Object> card =
        Map.of("number", SPACED, "expiry", "12/30", "holder", "Alice", "cvc", CVC);

    Api.Reply added = keep(alice.post("/v1/credit-cards", card));
    assertThat(added.status()).isEqualTo(201);
    String path = added.header("Location");
    assertThat(keep(alice.post("/v1/credit-cards", card)).status()).as("again").isEqualTo(409);
    keep(alice.form("POST", "/v1/credit-cards", Map.of("number", NUMBER, "cvc", CVC)));
    keep(alice.post("/v1/credit-cards", Map.of("number", NUMBER.substring(0, 15) + "7")));
    keep(alice.post("/v1/credit-cards", "{\"number\": \"" + NUMBER + "\", \"cvc\": " + CVC));
    keep(
        alice.post("/v1/credit-cards", Map.of("number", NUMBER, "expiry", "01/20", "cvc", "7390")));
    keep(staff.post("/v1/credit-cards", card));
    keep(alice.get("/v1/credit-cards"));
    keep(staff.get("/v1/credit-cards"));
    keep(alice.get(path));
    keep(bob.get(path));
    keep(bob.delete(path));
    assertThat(keep(alice.delete(path)).status()).isEqualTo(204);

    String log = awaitLogLinesOf(replies);
    for (Api.Reply reply : replies) {
      assertThat(reply.body() + " " + reply.header("Location"))
          .as(reply.toString())
          .doesNotContain(NUMBER, SPACED, FIRST_TWELVE, "fingerprint");
      assertThat(scrub(reply.body())).doesNotContainPattern(CVC_TOKEN);
    }
    assertThat(log.lines())
        .as("the server's log lines")
        .hasSizeGreaterThan(replies.size())
        .noneMatch(line -> line.contains(NUMBER) || line.contains(SPACED))
        .noneMatch(line -> line.contains(FIRST_TWELVE))
        .noneMatch(line -> CVC_TOKEN.matcher(scrub(line)).find());
  }

  private static String scrub(String text) {
    return NOISE.matcher(text).replaceAll(" ");
  }

  private Api.Reply keep(Api.Reply reply) {
    replies.add(reply);
    return reply;
  }

  /** The log so far, once it holds the request log line of every reply (by its request id). */
  private String awaitLogLinesOf(List<Api.Reply> all) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (true) {
      String log = captured.toString(StandardCharsets.UTF_8);
      boolean complete =
          all.stream().allMatch(reply -> log.contains("id=" + reply.header("X-Request-Id")));
      if (complete) {
        return log;
      }
      assertThat(Instant.now()).as("every request was logged: " + log).isBefore(deadline);
      Thread.sleep(50);
    }
  }

  /** Writes to the real standard error and to the capture alike. */
  private static final class Tee extends OutputStream {
    private final PrintStream first;
    private final ByteArrayOutputStream second;

    Tee(PrintStream first, ByteArrayOutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) {
      synchronized (second) {
        first.write(b);
        second.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      synchronized (second) {
        first.write(bytes, offset, length);
        second.write(bytes, offset, length);
      }
    }
  }
}
