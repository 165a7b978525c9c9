package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.support.TcpProxy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled platform, started as the jar starts it, on memory and on a real PostgreSQL. */
class PlatformTest {
  private static final String DATABASE_URL =
      System.getenv()
          .getOrDefault(
              "MOTORHUB_E2E_DATABASE_URL",
              "jdbc:postgresql://127.0.0.1:5432/motorhub_e2e?user=postgres");
  private static final String SECRET = "an-end-to-end-test-secret-of-32-bytes-or-more";
  private static final String PASSWORD = "Vroom-Vroom-2024";
  private static final byte[] PNG = GarageFixtures.PNG;
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path imageDirectory;

  @BeforeEach
  void emptyDatabase() throws SQLException {
    try (Connection connection = DriverManager.getConnection(DATABASE_URL);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    }
  }

  @Test
  void withoutADatabase_theServerRunsInMemoryAndIsReady() throws Exception {
    try (Platform platform =
        Platform.start(Settings.from(Map.of("PORT", "0", "HOST", "127.0.0.1")))) {
      HttpResponse<String> ready = get(platform, "/health/ready", null);
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("in-memory");
      assertThat(register(platform, "memo").statusCode()).isEqualTo(201);
    }
  }

  @Test
  void metrics_showTheJvm_andOnPostgresTheDatabasePool() throws Exception {
    try (Platform memory =
        Platform.start(Settings.from(Map.of("PORT", "0", "HOST", "127.0.0.1")))) {
      String metrics = get(memory, "/metrics", null).body();
      assertThat(metrics)
          .contains(
              "jvm_memory_used_bytes",
              "jvm_gc_",
              "jvm_threads_live_threads",
              "jvm_classes_loaded_classes",
              "process_cpu_usage",
              "process_uptime_seconds")
          .doesNotContain("hikaricp_");
    }
    try (Platform postgres = Platform.start(Settings.from(postgresEnv()))) {
      assertThat(register(postgres, "poole").statusCode()).isEqualTo(201);
      HttpResponse<String> metrics = get(postgres, "/metrics", null);
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body())
          .contains(
              "hikaricp_connections_max{pool=\"motorhub\"} 2.0",
              "hikaricp_connections_active{pool=\"motorhub\"}",
              "hikaricp_connections_acquire_seconds_count{pool=\"motorhub\"}",
              "route=\"/v1/auth/register\",status=\"201\"");
    }
  }

  @Test
  void theBackgroundJobsRun_eachOnItsThread_untilThePlatformCloses() throws Exception {
    List<Thread> earlier = jobThreads(); // other tests' platforms, closed, may still be ending
    List<Thread> jobs;
    try (Platform platform =
        Platform.start(
            Settings.from(
                Map.of("PORT", "0", "HOST", "127.0.0.1", "MOTORHUB_JOBS_INTERVAL_SECONDS", "1")))) {
      jobs = jobThreads().stream().filter(t -> !earlier.contains(t)).toList();
      assertThat(jobs)
          .extracting(Thread::getName)
          .containsExactlyInAnyOrder(
              "motorhub-job-expire-proposals",
              "motorhub-job-remind-invoices",
              "motorhub-job-remind-subscriptions",
              "motorhub-job-resolve-payments",
              "motorhub-job-sms-dispatch",
              "motorhub-job-notify-matches");
      assertThat(platform.core().sweeps().remindInvoices().remind()).isZero();
    }
    for (Thread job : jobs) {
      job.join(Duration.ofSeconds(10));
      assertThat(job.isAlive()).as(job.getName()).isFalse();
    }
  }

  @Test
  void withTheJobsTurnedOff_noJobRuns() {
    List<Thread> earlier = jobThreads();
    try (Platform platform =
        Platform.start(
            Settings.from(
                Map.of(
                    "PORT", "0", "HOST", "127.0.0.1", "MOTORHUB_JOBS_INTERVAL_SECONDS", "off")))) {
      assertThat(jobThreads()).allMatch(earlier::contains);
      assertThat(platform.port()).isPositive();
    }
  }

  @Test
  void onPostgres_theSweepsRunOnTheMigratedSchema() {
    try (Platform platform = Platform.start(Settings.from(postgresEnv()))) {
      var sweeps = platform.core().sweeps();
      assertThat(sweeps.expireProposals().expire()).isZero();
      assertThat(sweeps.remindInvoices().remind()).isZero();
      assertThat(sweeps.remindExpiringSubscriptions().remind()).isZero();
    }
  }

  private static List<Thread> jobThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("motorhub-job-") && t.isAlive())
        .toList();
  }

  @Test
  void onPostgres_accountsAndSessionsSurviveARestart() throws Exception {
    Map<String, String> env = postgresEnv();
    env.put("MOTORHUB_ADMIN_USERNAME", "root");
    env.put("MOTORHUB_ADMIN_EMAIL", "root@example.com");
    env.put("MOTORHUB_ADMIN_PASSWORD", "Correct-Horse-Battery-9");
    String token;
    try (Platform platform = Platform.start(Settings.from(env))) {
      assertThat(get(platform, "/health/ready", null).body()).contains("postgresql");
      HttpResponse<String> registered = register(platform, "persisted");
      assertThat(registered.statusCode()).isEqualTo(201);
      token = field(registered.body(), "access_token");
    }
    try (Platform platform = Platform.start(Settings.from(env))) {
      HttpResponse<String> me = get(platform, "/v1/me", token);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"username\":\"persisted\"");
      HttpResponse<String> adminLogin =
          post(
              platform,
              "/v1/auth/login",
              "{\"username\":\"root\",\"password\":\"Correct-Horse-Battery-9\"}");
      assertThat(adminLogin.statusCode()).isEqualTo(200);
      HttpResponse<String> users =
          get(platform, "/v1/users", field(adminLogin.body(), "access_token"));
      assertThat(users.statusCode()).isEqualTo(200);
      assertThat(users.body()).contains("persisted").contains("root");
    }
  }

  @Test
  void onPostgres_aCardOnFileIsKnownAgainAfterARestart_underTheConfiguredKey() throws Exception {
    Map<String, String> env = postgresEnv();
    String card =
        "{\"number\":\"4242 4242 4242 4242\",\"expiry\":\"12/30\",\"holder\":\"Per\","
            + "\"cvc\":\"123\"}";
    String token;
    try (Platform platform = Platform.start(Settings.from(env))) {
      token = field(register(platform, "carded").body(), "access_token");
      assertThat(post(platform, "/v1/credit-cards", card, token).statusCode()).isEqualTo(201);
    }
    try (Platform platform = Platform.start(Settings.from(env))) {
      assertThat(post(platform, "/v1/credit-cards", card, token).statusCode()).isEqualTo(409);
      assertThat(get(platform, "/v1/credit-cards", token).body())
          .contains("\"last4\":\"4242\"")
          .doesNotContain("4242424242424242");
    }
  }

  @Test
  void whenTheDatabaseGoesAway_requestsAnswer503AndReadinessFails_untilItIsBack() throws Exception {
    URI target = URI.create(DATABASE_URL.substring("jdbc:".length()));
    try (TcpProxy link = TcpProxy.to(target.getHost(), target.getPort())) {
      Map<String, String> env = postgresEnv();
      env.put(
          "DATABASE_URL",
          DATABASE_URL.replace(
              target.getHost() + ":" + target.getPort(), "127.0.0.1:" + link.port()));
      try (Platform platform = Platform.start(Settings.from(env))) {
        link.cut();

        HttpResponse<String> refused = register(platform, "during_outage");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type"))
            .hasValue("application/problem+json");
        assertThat(refused.body()).contains("urn:motorhub:problem:unavailable");
        assertThat(get(platform, "/health/ready", null).statusCode()).isEqualTo(503);

        link.restore();
        assertThat(awaitReady(platform)).isEqualTo(200);
        assertThat(register(platform, "during_outage").statusCode()).isEqualTo(201);
      }
    }
  }

  @Test
  void theCommands_migrateAndCreateASuperuserOnce() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
    Map<String, String> env = postgresEnv();
    assertThat(Main.run(new String[] {"migrate"}, env, err, err)).isEqualTo(0);
    env.put("MOTORHUB_ADMIN_PASSWORD", "Correct-Horse-Battery-9");
    String[] create = {"create-superuser", "ops", "ops@example.com"};
    assertThat(Main.run(create, env, err, err)).isEqualTo(0);
    assertThat(Main.run(create, env, err, err)).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("The database schema is up to date.")
        .contains("Created the superuser ops.")
        .contains("exists already")
        .doesNotContain("Correct-Horse-Battery-9");
  }

  @Test
  void onPostgres_vehicleImagesAreFilesInTheImageDirectory_thatOutliveARestart() throws Exception {
    Map<String, String> env = postgresEnv();
    String image;
    try (Platform platform = Platform.start(Settings.from(env))) {
      String token = field(register(platform, "pictured").body(), "access_token");
      String vehicle =
          field(
              post(
                      platform,
                      "/v1/vehicles",
                      "{\"brand\":\"Toyota\",\"model\":\"Camry\",\"year\":2023,"
                          + "\"license_plate\":\"KDA 042X\"}",
                      token)
                  .body(),
              "id");
      HttpResponse<String> uploaded =
          uploadPng(platform, "/v1/vehicles/" + vehicle + "/image", token);
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
      image = field(uploaded.body(), "image");
    }
    String key = image.substring(image.lastIndexOf('/') + 1);
    assertThat(imageDirectory.resolve(key)).hasBinaryContent(PNG);
    try (Platform platform = Platform.start(Settings.from(env))) {
      HttpResponse<byte[]> served =
          http.send(
              HttpRequest.newBuilder(uri(platform, image)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.body()).isEqualTo(PNG);
    }
  }

  @Test
  void anImageDirectoryThatCannotBeMade_stopsTheStartWithAClearMessage() throws IOException {
    Path file = Files.writeString(imageDirectory.resolve("a-file"), "not a directory");
    Map<String, String> env = postgresEnv();
    env.put("MOTORHUB_IMAGE_DIR", file.resolve("images").toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code = Main.run(new String[] {"serve"}, env, err, err);

    assertThat(code).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Motorhub cannot start: MOTORHUB_IMAGE_DIR: cannot create the directory")
        .doesNotContain("\tat ");
  }

  @Test
  void onPostgres_aBuyerIsToldOfANewTradeWithinSeconds_inTheAppAndBySms_withHourlyJobs()
      throws Exception {
    Map<String, String> env = postgresEnv();
    env.put("MOTORHUB_JOBS_INTERVAL_SECONDS", "3600");
    env.put("MOTORHUB_ADMIN_USERNAME", "root");
    env.put("MOTORHUB_ADMIN_EMAIL", "root@example.com");
    env.put("MOTORHUB_ADMIN_PASSWORD", "Correct-Horse-Battery-9");
    try (Platform platform = Platform.start(Settings.from(env))) {
      String root =
          field(
              post(
                      platform,
                      "/v1/auth/login",
                      "{\"username\":\"root\",\"password\":\"Correct-Horse-Battery-9\"}")
                  .body(),
              "access_token");
      String seller = field(register(platform, "mia").body(), "access_token");
      String buyer =
          field(
              post(
                      platform,
                      "/v1/auth/register",
                      "{\"username\":\"ben\",\"email\":\"ben@example.com\",\"password\":\""
                          + PASSWORD
                          + "\",\"phone\":\"+254711000222\"}")
                  .body(),
              "access_token");
      HttpResponse<String> search =
          post(
              platform,
              "/v1/preferences",
              "{\"name\":\"A Toyota to buy\",\"trade_kind\":\"sale\",\"brands\":[\"toyota\"],"
                  + "\"required\":[\"trade_kind\",\"brands\"],\"notify_sms\":true}",
              buyer);
      assertThat(search.statusCode()).as(search.body()).isEqualTo(201);
      assertThat(search.body()).contains("\"notify_sms\":true");
      String sale =
          created(
              platform,
              "/v1/services",
              "{\"kind\":\"sell\",\"name\":\"Private sale\",\"fee\":\"10.00\"}",
              root);
      String car =
          created(
              platform,
              "/v1/vehicles",
              "{\"brand\":\"Toyota\",\"model\":\"Corolla\",\"year\":2019,"
                  + "\"license_plate\":\"KDB 100M\",\"mileage\":60000}",
              seller);
      String trade =
          created(
              platform,
              "/v1/trades",
              "{\"vehicle_id\":\"" + car + "\",\"service_id\":\"" + sale + "\"}",
              seller);
      HttpResponse<String> offer =
          post(
              platform,
              "/v1/trades/" + trade + "/proposals",
              "{\"amount\":\"9000.00\",\"down_payment\":\"0\",\"term_days\":30,"
                  + "\"payment_frequency\":\"one-time\"}",
              seller);
      assertThat(offer.statusCode()).as(offer.body()).isEqualTo(201);

      // The jobs' interval is an hour: the notice comes from the matching job's own short period.
      Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
      String inbox = get(platform, "/v1/notifications", buyer).body();
      while (!inbox.contains("new_match") && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
        inbox = get(platform, "/v1/notifications", buyer).body();
      }
      assertThat(inbox).contains("new_match").contains(trade);
      assertThat(get(platform, "/v1/sms", root).body())
          .contains(
              "Motorhub: a Toyota Corolla 2019 at USD 9000.00 fits your search A Toyota to buy.");
    }
  }

  /** POSTs {@code json}, expects {@code 201}, and answers the new resource's id. */
  private String created(Platform platform, String path, String json, String token)
      throws IOException, InterruptedException {
    HttpResponse<String> reply = post(platform, path, json, token);
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    return field(reply.body(), "id");
  }

  /** The pool replaces its dead connections within seconds of the database coming back. */
  private int awaitReady(Platform platform) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    int status = get(platform, "/health/ready", null).statusCode();
    while (status != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status = get(platform, "/health/ready", null).statusCode();
    }
    return status;
  }

  private Map<String, String> postgresEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("HOST", "127.0.0.1");
    env.put("DATABASE_URL", DATABASE_URL);
    env.put("DATABASE_POOL_SIZE", "2");
    env.put("MOTORHUB_JWT_SECRET", SECRET);
    env.put("MOTORHUB_CARD_FINGERPRINT_KEY", "an-end-to-end-card-fingerprint-key-32b");
    env.put("MOTORHUB_BCRYPT_COST", "4");
    env.put("MOTORHUB_IMAGE_DIR", imageDirectory.toString());
    return env;
  }

  private HttpResponse<String> register(Platform platform, String username) throws Exception {
    return post(
        platform,
        "/v1/auth/register",
        "{\"username\":\""
            + username
            + "\",\"email\":\""
            + username
            + "@example.com\",\"password\":\""
            + PASSWORD
            + "\"}");
  }

  private HttpResponse<String> get(Platform platform, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(platform, path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(Platform platform, String path, String json)
      throws IOException, InterruptedException {
    return post(platform, path, json, null);
  }

  private HttpResponse<String> post(Platform platform, String path, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(platform, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** PUTs {@link #PNG} as the multipart field {@code image}. */
  private HttpResponse<String> uploadPng(Platform platform, String path, String token)
      throws IOException, InterruptedException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"car.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(PNG);
    body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
    return http.send(
        HttpRequest.newBuilder(uri(platform, path))
            .header("Content-Type", "multipart/form-data; boundary=b")
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(Platform platform, String path) {
    return URI.create("http://127.0.0.1:" + platform.port() + path);
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(matcher.find()).as(json).isTrue();
    return matcher.group(1);
  }
}
