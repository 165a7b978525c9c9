package dev.motorhub.bootstrap;

import dev.motorhub.adapters.http.HttpSettings;
import dev.motorhub.adapters.http.oidc.OidcSettings;
import dev.motorhub.adapters.http.ops.AddressRange;
import dev.motorhub.adapters.http.web.ClientAddresses;
import dev.motorhub.application.billing.PaymentSettings;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.orders.OrderSmsTemplate;
import dev.motorhub.domain.shared.InvalidInput;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the server, read from the environment once at start. A bad value stops the start
 * with a message naming the variable; secrets are never part of a message.
 */
record Settings(
    String host,
    int port,
    Optional<String> instanceId,
    Set<InetAddress> trustedProxies,
    Optional<String> databaseUrl,
    int databasePoolSize,
    Optional<byte[]> jwtSecret,
    int bcryptCost,
    Duration accessTokenTtl,
    Duration sessionTtl,
    Currency currency,
    List<String> corsOrigins,
    long maxBodyBytes,
    Optional<AdminAccount> admin,
    Path imageDirectory,
    int maxImageBytes,
    Optional<byte[]> cardFingerprintKey,
    Duration proposalTtl,
    Period invoiceTerm,
    Duration refreshGrace,
    Optional<Duration> jobsInterval,
    PaymentSettings payments,
    Optional<OidcSettings> googleSignIn,
    SmsSettings sms,
    OrderSmsTemplate orderSmsTemplate,
    LogSettings logs,
    List<AddressRange> metricsAllowed) {

  /** The superuser to make sure of at start. */
  record AdminAccount(String username, String email, String password) {
    @Override
    public String toString() {
      return "AdminAccount[username=" + username + ", email=" + email + ", password=***]";
    }
  }

  static Settings from(Map<String, String> env) {
    Reader read = new Reader(env);
    Optional<String> databaseUrl = read.optional("DATABASE_URL");
    databaseUrl.ifPresent(
        url -> {
          if (!url.startsWith("jdbc:postgresql:")) {
            throw new SettingsError(
                "DATABASE_URL must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://localhost:5432/motorhub?user=motorhub");
          }
        });
    Optional<byte[]> secret =
        read.optional("MOTORHUB_JWT_SECRET").map(s -> s.getBytes(StandardCharsets.UTF_8));
    if (secret.isPresent() && secret.get().length < 32) {
      throw new SettingsError("MOTORHUB_JWT_SECRET must be at least 32 bytes long.");
    }
    if (databaseUrl.isPresent() && secret.isEmpty()) {
      throw new SettingsError(
          "MOTORHUB_JWT_SECRET is required when DATABASE_URL is set: tokens must survive restarts"
              + " and be shared by every instance. Use at least 32 random bytes.");
    }
    Optional<byte[]> cardKey =
        read.optional("MOTORHUB_CARD_FINGERPRINT_KEY").map(s -> s.getBytes(StandardCharsets.UTF_8));
    if (cardKey.isPresent() && cardKey.get().length < 32) {
      throw new SettingsError("MOTORHUB_CARD_FINGERPRINT_KEY must be at least 32 bytes long.");
    }
    if (databaseUrl.isPresent() && cardKey.isEmpty()) {
      throw new SettingsError(
          "MOTORHUB_CARD_FINGERPRINT_KEY is required when DATABASE_URL is set: it tells a card"
              + " already on file from a new one and must not change. Use at least 32 random"
              + " bytes.");
    }
    Duration accessTtl =
        Duration.ofMinutes(read.integer("MOTORHUB_ACCESS_TOKEN_MINUTES", 60, 1, 1440));
    Duration sessionTtl = Duration.ofDays(read.integer("MOTORHUB_SESSION_DAYS", 30, 1, 365));
    return new Settings(
        read.optional("HOST").orElse("0.0.0.0"),
        read.integer("PORT", 8080, 0, 65535),
        instanceId(read),
        trustedProxies(read),
        databaseUrl,
        read.integer("DATABASE_POOL_SIZE", 10, 1, 200),
        secret,
        read.integer("MOTORHUB_BCRYPT_COST", 12, 4, 31),
        accessTtl,
        sessionTtl,
        read.currency("MOTORHUB_CURRENCY", "USD"),
        read.list("MOTORHUB_CORS_ORIGINS"),
        read.integer("MOTORHUB_MAX_BODY_BYTES", 1_048_576, 1024, 100_000_000),
        admin(read),
        Path.of(read.optional("MOTORHUB_IMAGE_DIR").orElse("data/images")),
        read.integer("MOTORHUB_MAX_IMAGE_BYTES", 5 * 1_048_576, 1024, 100_000_000),
        cardKey,
        Duration.ofDays(read.integer("MOTORHUB_PROPOSAL_DAYS", 7, 1, 365)),
        Period.ofDays(read.integer("MOTORHUB_INVOICE_DUE_DAYS", 30, 0, 365)),
        Duration.ofSeconds(read.integer("MOTORHUB_REFRESH_GRACE_SECONDS", 10, 0, 60)),
        read.intervalOrOff("MOTORHUB_JOBS_INTERVAL_SECONDS", 60, 86_400),
        payments(read),
        GoogleSignInSettings.read(read::optional),
        SmsSettings.from(read),
        read.orderSmsTemplate("MOTORHUB_ORDER_SMS_TEMPLATE"),
        LogSettings.read(read),
        metricsAllowed(read));
  }

  /** Who may read /metrics without a token: the machine itself unless told, none with "none". */
  private static List<AddressRange> metricsAllowed(Reader read) {
    String name = "MOTORHUB_METRICS_ALLOW";
    Optional<String> value = read.optional(name);
    if (value.isEmpty()) {
      return AddressRange.LOOPBACK;
    }
    if (value.get().equalsIgnoreCase("none")) {
      return List.of();
    }
    try {
      return read.list(name).stream().map(AddressRange::parse).toList();
    } catch (IllegalArgumentException e) {
      throw new SettingsError(
          name
              + " must be addresses or CIDR ranges separated by commas, or none: "
              + e.getMessage()
              + ".");
    }
  }

  /** When pending payments are looked up at the provider, and when one never received fails. */
  private static PaymentSettings payments(Reader read) {
    int pending = read.integer("MOTORHUB_PAYMENT_PENDING_SECONDS", 60, 1, 86_400);
    int giveUp = read.integer("MOTORHUB_PAYMENT_GIVE_UP_SECONDS", 3_600, 1, 2_592_000);
    if (giveUp < pending) {
      throw new SettingsError(
          "MOTORHUB_PAYMENT_GIVE_UP_SECONDS must be at least MOTORHUB_PAYMENT_PENDING_SECONDS.");
    }
    return new PaymentSettings(
        Duration.ofSeconds(pending),
        Duration.ofSeconds(giveUp),
        PaymentSettings.defaults().batchSize());
  }

  /** The rules of the core that these settings tune. */
  CoreSettings core() {
    return new CoreSettings(
        currency,
        accessTokenTtl,
        sessionTtl,
        maxImageBytes,
        proposalTtl,
        invoiceTerm,
        refreshGrace,
        orderSmsTemplate);
  }

  private static Optional<String> instanceId(Reader read) {
    Optional<String> id = read.optional("MOTORHUB_INSTANCE_ID");
    if (id.isPresent() && !HttpSettings.INSTANCE_ID.matcher(id.get()).matches()) {
      throw new SettingsError(
          "MOTORHUB_INSTANCE_ID must be 1 to 64 of A-Z a-z 0-9 . _ : - (it goes in a header).");
    }
    return id;
  }

  private static Set<InetAddress> trustedProxies(Reader read) {
    Set<InetAddress> proxies = new LinkedHashSet<>();
    for (String address : read.list("MOTORHUB_TRUSTED_PROXIES")) {
      proxies.add(
          ClientAddresses.literal(address)
              .orElseThrow(
                  () ->
                      new SettingsError(
                          "MOTORHUB_TRUSTED_PROXIES must be IP addresses separated by commas,"
                              + " such as 10.0.0.5; '"
                              + address
                              + "' is not one.")));
    }
    return Set.copyOf(proxies);
  }

  private static Optional<AdminAccount> admin(Reader read) {
    Optional<String> username = read.optional("MOTORHUB_ADMIN_USERNAME");
    Optional<String> password = read.optional("MOTORHUB_ADMIN_PASSWORD");
    Optional<String> email = read.optional("MOTORHUB_ADMIN_EMAIL");
    if (username.isEmpty() && email.isEmpty()) {
      // A password alone names no account; create-superuser reads it for the account it is given.
      return Optional.empty();
    }
    if (username.isEmpty() || password.isEmpty() || email.isEmpty()) {
      throw new SettingsError(
          "Set all three of MOTORHUB_ADMIN_USERNAME, MOTORHUB_ADMIN_PASSWORD and"
              + " MOTORHUB_ADMIN_EMAIL, or none of them.");
    }
    return Optional.of(new AdminAccount(username.get(), email.get(), password.get()));
  }

  /** Reads typed values, naming the variable in every complaint. */
  record Reader(Map<String, String> env) {
    Optional<String> optional(String name) {
      return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The comma-separated values of {@code name}, none when it is unset. */
    List<String> list(String name) {
      return optional(name)
          .map(
              v ->
                  Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
          .orElse(List.of());
    }

    int integer(String name, int fallback, int min, int max) {
      Optional<String> value = optional(name);
      if (value.isEmpty()) {
        return fallback;
      }
      try {
        int parsed = Integer.parseInt(value.get());
        if (parsed < min || parsed > max) {
          throw new SettingsError(name + " must be between " + min + " and " + max + ".");
        }
        return parsed;
      } catch (NumberFormatException e) {
        throw new SettingsError(name + " must be a whole number, not '" + value.get() + "'.");
      }
    }

    /** Seconds between runs, or none when the value is {@code off} or {@code 0}. */
    Optional<Duration> intervalOrOff(String name, int fallback, int max) {
      if (optional(name).filter(v -> v.equalsIgnoreCase("off")).isPresent()) {
        return Optional.empty();
      }
      int seconds = integer(name, fallback, 0, max);
      return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    /** The template as set (not trimmed: its spaces are the message's), checked at once. */
    OrderSmsTemplate orderSmsTemplate(String name) {
      String text = env.get(name);
      if (text == null || text.isEmpty()) {
        return OrderSmsTemplate.standard();
      }
      try {
        return new OrderSmsTemplate(text);
      } catch (InvalidInput invalid) {
        throw new SettingsError(
            name + " is not a valid template: " + invalid.errors().get("template").getFirst());
      }
    }

    Currency currency(String name, String fallback) {
      String code = optional(name).orElse(fallback);
      Currency currency;
      try {
        currency = Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        throw new SettingsError(
            name + " must be an ISO 4217 currency code such as USD, not '" + code + "'.");
      }
      if (currency.getDefaultFractionDigits() > 2) {
        throw new SettingsError(
            name + " must be a currency of at most two decimal places; " + code + " has more.");
      }
      return currency;
    }
  }
}
