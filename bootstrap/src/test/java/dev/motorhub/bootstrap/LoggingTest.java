package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The process's log lines as the server writes them: one line a request with its id, method, route
 * template, status and duration; JSON or text; filtered by level; written out at stop; and never a
 * password or a token.
 */
class LoggingTest {
  private static final String PASSWORD = "Vroom-Vroom-2024";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final HttpClient http = HttpClient.newHttpClient();

  /** Back to the tests' own logging. */
  @AfterEach
  void restoreTheTestsLogging() throws Exception {
    Logging.stop();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  @Test
  void aRequest_isOneJsonLine_withItsIdMethodRouteTemplateStatusAndDuration() throws Exception {
    String vehicle = UUID.randomUUID().toString();
    logOneGet(
        new LogSettings(LogSettings.Format.JSON, LogSettings.Level.INFO),
        "/v1/vehicles/" + vehicle + "?secret=hush",
        "trace-42");

    List<JsonNode> requests = lines().stream().filter(this::isRequest).toList();
    assertThat(requests).hasSize(1);
    JsonNode line = requests.getFirst();
    assertThat(line.path("request_id").asText()).isEqualTo("trace-42");
    assertThat(line.path("method").asText()).isEqualTo("GET");
    assertThat(line.path("route").asText()).isEqualTo("/v1/vehicles/{id}");
    assertThat(line.path("status").isInt()).isTrue();
    assertThat(line.path("status").asInt()).isEqualTo(401);
    assertThat(line.path("duration_ms").isNumber()).isTrue();
    assertThat(line.path("level").asText()).isEqualTo("INFO");
    assertThat(line.path("@timestamp").asText()).isNotEmpty();
    assertThat(text()).doesNotContain(vehicle, "hush");
  }

  @Test
  void unknownPaths_shareOnePlaceholderRoute() throws Exception {
    logOneGet(
        new LogSettings(LogSettings.Format.JSON, LogSettings.Level.INFO),
        "/no/such/page",
        "lost-1");

    assertThat(lines().stream().filter(this::isRequest))
        .singleElement()
        .satisfies(line -> assertThat(line.path("route").asText()).isEqualTo("unmatched"))
        .satisfies(line -> assertThat(line.path("status").asInt()).isEqualTo(404));
    assertThat(text()).doesNotContain("/no/such/page");
  }

  @Test
  void signingInAndCallingWithTheToken_logsNeitherThePasswordNorAnyToken() throws Exception {
    Logging.start(new LogSettings(LogSettings.Format.JSON, LogSettings.Level.DEBUG), out);
    List<String> secrets = new ArrayList<>(List.of(PASSWORD));
    try (Platform platform = inMemory()) {
      String credentials = "{\"username\":\"lena\",\"password\":\"" + PASSWORD + "\"}";
      send(
          platform,
          "POST",
          "/v1/auth/register",
          "{\"username\":\"lena\",\"email\":\"lena@example.com\",\"password\":\""
              + PASSWORD
              + "\"}",
          "register-1");
      String login = send(platform, "POST", "/v1/auth/login", credentials, "login-1").body();
      String access = field(login, "access_token");
      secrets.add(access);
      secrets.add(field(login, "refresh_token"));
      HttpResponse<String> me =
          http.send(
              HttpRequest.newBuilder(uri(platform, "/v1/me"))
                  .header("Authorization", "Bearer " + access)
                  .header("X-Request-Id", "me-1")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(me.statusCode()).isEqualTo(200);
    }
    Logging.stop();

    assertThat(lines().stream().filter(this::isRequest).map(l -> l.path("request_id").asText()))
        .containsExactly("register-1", "login-1", "me-1");
    assertThat(text()).doesNotContain(secrets);
  }

  @Test
  void theLevel_filters_warnLeavesOutTheRequestLines() throws Exception {
    logOneGet(
        new LogSettings(LogSettings.Format.JSON, LogSettings.Level.WARN),
        "/health/live",
        "quiet-1");

    assertThat(lines()).isNotEmpty().noneMatch(this::isRequest);
    assertThat(lines())
        .allMatch(line -> List.of("WARN", "ERROR").contains(line.path("level").asText()));
  }

  @Test
  void theTextFormat_isOnePlainLineARequest() throws Exception {
    logOneGet(
        new LogSettings(LogSettings.Format.TEXT, LogSettings.Level.INFO),
        "/health/live",
        "plain-1");

    assertThat(text().lines().filter(line -> line.contains("request_id=plain-1")))
        .singleElement()
        .asString()
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  requests - request"
                + " request_id=plain-1 method=GET route=/health/live status=200"
                + " duration_ms=[0-9.]+");
  }

  @Test
  void stopping_writesOutEveryLineStillQueued() throws Exception {
    Logging.start(new LogSettings(LogSettings.Format.JSON, LogSettings.Level.INFO), out);
    org.slf4j.Logger log = LoggerFactory.getLogger("dev.motorhub.burst");
    int count = Logging.QUEUE_SIZE / 2;
    for (int i = 0; i < count; i++) {
      log.info("line {}", i);
    }
    Logging.stop();

    assertThat(lines()).hasSize(count);
  }

  /** Logs as {@code settings} say while the server answers one GET of {@code path}. */
  private void logOneGet(LogSettings settings, String path, String requestId) throws Exception {
    Logging.start(settings, out);
    try (Platform platform = inMemory()) {
      send(platform, "GET", path, null, requestId);
    }
    Logging.stop();
  }

  private Platform inMemory() {
    return Platform.start(
        Settings.from(
            Map.of(
                "PORT",
                "0",
                "HOST",
                "127.0.0.1",
                "MOTORHUB_BCRYPT_COST",
                "4",
                "MOTORHUB_JOBS_INTERVAL_SECONDS",
                "off")));
  }

  private HttpResponse<String> send(
      Platform platform, String method, String path, String json, String requestId)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(platform, path))
            .header("Content-Type", "application/json")
            .header("X-Request-Id", requestId)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(Platform platform, String path) {
    return URI.create("http://127.0.0.1:" + platform.port() + path);
  }

  private boolean isRequest(JsonNode line) {
    return line.path("logger_name").asText().equals("dev.motorhub.requests");
  }

  private String text() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : text().lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(matcher.find()).as(json).isTrue();
    return matcher.group(1);
  }
}
