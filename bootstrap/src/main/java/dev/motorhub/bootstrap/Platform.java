package dev.motorhub.bootstrap;

import dev.motorhub.adapters.http.HttpServer;
import dev.motorhub.adapters.http.HttpSettings;
import dev.motorhub.adapters.http.security.BcryptPasswordHasher;
import dev.motorhub.adapters.http.security.JwtAccessTokens;
import dev.motorhub.adapters.persistence.FileSystemImageStore;
import dev.motorhub.adapters.persistence.PostgresStore;
import dev.motorhub.adapters.sms.AfricasTalkingSmsGateway;
import dev.motorhub.adapters.sms.LoggingSmsGateway;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.MotorhubBuilder;
import dev.motorhub.application.Store;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.jobs.BackgroundJobs;
import dev.motorhub.application.memory.InMemoryImageStore;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.application.shared.SecureTokenGenerator;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running platform: the store the settings choose (and the image store that goes with it), the
 * core over it, the meters, the HTTP server, and the background jobs (unless turned off). Closing
 * it stops the jobs (letting a running batch finish), then the server, then the store.
 */
final class Platform implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

  /** How long closing waits for a job's running batch. */
  private static final Duration JOBS_GRACE = Duration.ofSeconds(10);

  private final Store store;
  private final Motorhub core;
  private final Meters meters;
  private final HttpServer server;
  private final Optional<BackgroundJobs> jobs;

  private Platform(
      Store store, Motorhub core, Meters meters, HttpServer server, Optional<BackgroundJobs> jobs) {
    this.store = store;
    this.core = core;
    this.meters = meters;
    this.server = server;
    this.jobs = jobs;
  }

  static Platform start(Settings settings) {
    Store store = openStore(settings);
    ImageStore images = openImages(settings, store);
    Clock clock = Clock.systemUTC();
    MotorhubBuilder builder =
        Motorhub.builder(store)
            .clock(clock)
            .passwordHasher(new BcryptPasswordHasher(settings.bcryptCost()))
            .accessTokens(
                new JwtAccessTokens(settings.jwtSecret().orElseGet(Platform::randomSecret)))
            .settings(settings.core())
            .paymentSettings(settings.payments())
            .images(images);
    settings.cardFingerprintKey().ifPresent(builder::cardFingerprintKey);
    builder.smsGateway(smsGateway(settings.sms())).smsDispatch(settings.sms().dispatch());
    Motorhub core = builder.build();
    LOG.warn(
        "No payment provider is configured: payments are recorded against the card on file and"
            + " no money moves.");
    settings
        .admin()
        .ifPresent(
            admin -> {
              var outcome =
                  core.accounts()
                      .ensureSuperuser()
                      .ensure(admin.username(), admin.email(), admin.password());
              LOG.info(
                  outcome.created()
                      ? "Created the superuser {}."
                      : "The account {} exists already; left as it is.",
                  admin.username());
            });
    settings
        .googleSignIn()
        .ifPresentOrElse(
            google ->
                LOG.info(
                    "Google sign-in is on: issuer {}, client {}, redirect URI {}.",
                    google.issuer(),
                    google.clientId(),
                    google.redirectUri()),
            () ->
                LOG.info(
                    "Google sign-in is off: set MOTORHUB_GOOGLE_CLIENT_ID,"
                        + " MOTORHUB_GOOGLE_CLIENT_SECRET and MOTORHUB_PUBLIC_URL to offer it."));
    String instanceId = settings.instanceId().orElseGet(HttpSettings::randomInstanceId);
    Meters meters = new Meters(store);
    HttpServer server =
        new HttpServer(
                core,
                new HttpSettings(
                    settings.corsOrigins(),
                    settings.maxBodyBytes(),
                    settings.googleSignIn(),
                    settings.sms().callbackSecret(),
                    instanceId,
                    settings.trustedProxies(),
                    settings.metricsAllowed()),
                clock,
                meters.registry())
            .start(settings.host(), settings.port());
    LOG.info(
        "Motorhub instance {} listens on http://{}:{} ({} store).",
        instanceId,
        settings.host(),
        server.port(),
        store.kind());
    return new Platform(store, core, meters, server, startJobs(settings, core));
  }

  /**
   * The background jobs, every {@code MOTORHUB_JOBS_INTERVAL_SECONDS}; none when turned off. A run
   * that fails is logged and runs again the next period.
   */
  private static Optional<BackgroundJobs> startJobs(Settings settings, Motorhub core) {
    if (settings.jobsInterval().isEmpty()) {
      LOG.info("Background jobs are off on this instance (MOTORHUB_JOBS_INTERVAL_SECONDS).");
      return Optional.empty();
    }
    Duration every = settings.jobsInterval().get();
    BackgroundJobs jobs =
        new BackgroundJobs(
            (job, failure) ->
                LOG.warn("Background job {} failed; it runs again in {}.", job, every, failure),
            JOBS_GRACE);
    core.sweeps().scheduleOn(jobs, every);
    LOG.info("Background jobs run every {} s.", every.toSeconds());
    return Optional.of(jobs);
  }

  /**
   * The SMS gateway the settings name: Africa's Talking, or one that logs what it would send. The
   * server says which at start, and whether delivery reports are taken.
   */
  static SmsGateway smsGateway(SmsSettings sms) {
    if (sms.callbackSecret().isEmpty()) {
      LOG.info("No MOTORHUB_SMS_CALLBACK_SECRET: SMS delivery reports are refused.");
    }
    return sms.africasTalking()
        .<SmsGateway>map(
            config -> {
              LOG.info(
                  "Text messages go through Africa's Talking at {} as {}.",
                  config.baseUrl(),
                  config.username());
              return new AfricasTalkingSmsGateway(config);
            })
        .orElseGet(
            () -> {
              LOG.warn(
                  "No SMS gateway is configured: text messages are logged, not sent"
                      + " (MOTORHUB_SMS_PROVIDER).");
              return new LoggingSmsGateway();
            });
  }

  /** The store the settings name: PostgreSQL (migrated) with DATABASE_URL, memory without. */
  static Store openStore(Settings settings) {
    if (settings.databaseUrl().isEmpty()) {
      LOG.warn(
          "No DATABASE_URL: running on the in-memory store. Data is lost when the process ends.");
      if (settings.jwtSecret().isEmpty()) {
        LOG.warn(
            "No MOTORHUB_JWT_SECRET: tokens are signed with a random key and die with the process.");
      }
      return new InMemoryStore();
    }
    PostgresStore store =
        PostgresStore.connect(settings.databaseUrl().get(), settings.databasePoolSize());
    store.migrate();
    LOG.info("Running on PostgreSQL; migrations are up to date.");
    return store;
  }

  /**
   * Where vehicle images are kept: files under {@code MOTORHUB_IMAGE_DIR} beside PostgreSQL, so
   * they last as the rows do; memory beside the in-memory store. A directory that cannot be made
   * stops the start (closing the store already opened).
   */
  static ImageStore openImages(Settings settings, Store store) {
    if (settings.databaseUrl().isEmpty()) {
      return new InMemoryImageStore(new SecureTokenGenerator());
    }
    try {
      FileSystemImageStore files = FileSystemImageStore.in(settings.imageDirectory());
      LOG.info("Vehicle images are kept in {}.", files.directory());
      return files;
    } catch (UncheckedIOException e) {
      closeStore(store);
      throw new SettingsError(
          "MOTORHUB_IMAGE_DIR: cannot create the directory " + settings.imageDirectory() + ".");
    }
  }

  Motorhub core() {
    return core;
  }

  int port() {
    return server.port();
  }

  private static byte[] randomSecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return secret;
  }

  @Override
  public void close() {
    jobs.ifPresent(
        running -> {
          if (!running.stop()) {
            LOG.warn(
                "A background job was still running after {}; it was interrupted.", JOBS_GRACE);
          }
        });
    server.stop();
    closeStore(store);
    meters.close();
  }

  private static void closeStore(Store store) {
    if (store instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warn("Closing the store failed: {}", e.getClass().getSimpleName());
      }
    }
  }
}
