package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.motorhub.adapters.http.ops.AddressRange;
import dev.motorhub.application.billing.PaymentSettings;
import dev.motorhub.application.shared.CoreSettings;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void noVariables_meanTheInMemoryDefaults() {
    Settings settings = Settings.from(Map.of());
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.databaseUrl()).isEmpty();
    assertThat(settings.instanceId()).isEmpty();
    assertThat(settings.trustedProxies()).isEmpty();
    assertThat(settings.bcryptCost()).isEqualTo(12);
    assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(60));
    assertThat(settings.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(settings.corsOrigins()).isEmpty();
    assertThat(settings.admin()).isEmpty();
    assertThat(settings.imageDirectory()).isEqualTo(Path.of("data/images"));
    assertThat(settings.core()).isEqualTo(CoreSettings.defaults());
    assertThat(settings.payments()).isEqualTo(PaymentSettings.defaults());
  }

  @Test
  void everyVariable_isRead() {
    Settings settings =
        Settings.from(
            Map.ofEntries(
                Map.entry("PORT", "9090"),
                Map.entry("HOST", "127.0.0.1"),
                Map.entry("MOTORHUB_INSTANCE_ID", "web-2"),
                Map.entry("MOTORHUB_TRUSTED_PROXIES", "10.0.0.5, ::1"),
                Map.entry("DATABASE_URL", "jdbc:postgresql://db:5432/motorhub"),
                Map.entry("DATABASE_POOL_SIZE", "4"),
                Map.entry("MOTORHUB_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
                Map.entry("MOTORHUB_BCRYPT_COST", "10"),
                Map.entry("MOTORHUB_ACCESS_TOKEN_MINUTES", "15"),
                Map.entry("MOTORHUB_SESSION_DAYS", "7"),
                Map.entry("MOTORHUB_CURRENCY", "KES"),
                Map.entry("MOTORHUB_CORS_ORIGINS", "https://a.example, https://b.example"),
                Map.entry("MOTORHUB_MAX_BODY_BYTES", "2048"),
                Map.entry("MOTORHUB_ADMIN_USERNAME", "root"),
                Map.entry("MOTORHUB_ADMIN_PASSWORD", "Correct-Horse-9"),
                Map.entry("MOTORHUB_ADMIN_EMAIL", "root@example.com"),
                Map.entry("MOTORHUB_IMAGE_DIR", "/var/lib/motorhub/images"),
                Map.entry("MOTORHUB_MAX_IMAGE_BYTES", "4096"),
                Map.entry("MOTORHUB_CARD_FINGERPRINT_KEY", "fedcba9876543210fedcba9876543210"),
                Map.entry("MOTORHUB_PROPOSAL_DAYS", "3"),
                Map.entry("MOTORHUB_INVOICE_DUE_DAYS", "14"),
                Map.entry("MOTORHUB_REFRESH_GRACE_SECONDS", "30"),
                Map.entry("MOTORHUB_JOBS_INTERVAL_SECONDS", "300"),
                Map.entry("MOTORHUB_PAYMENT_PENDING_SECONDS", "120"),
                Map.entry("MOTORHUB_PAYMENT_GIVE_UP_SECONDS", "7200"),
                Map.entry("MOTORHUB_ORDER_SMS_TEMPLATE", "Asante {name}: {item}, {amount}"),
                Map.entry("MOTORHUB_LOG_FORMAT", "Text"),
                Map.entry("MOTORHUB_LOG_LEVEL", "debug"),
                Map.entry("MOTORHUB_METRICS_ALLOW", "10.0.0.0/8, 192.0.2.7,fd00::/8")));
    assertThat(settings.port()).isEqualTo(9090);
    assertThat(settings.host()).isEqualTo("127.0.0.1");
    assertThat(settings.instanceId()).contains("web-2");
    assertThat(settings.trustedProxies())
        .extracting(InetAddress::getHostAddress)
        .containsExactlyInAnyOrder("10.0.0.5", "0:0:0:0:0:0:0:1");
    assertThat(settings.databaseUrl()).contains("jdbc:postgresql://db:5432/motorhub");
    assertThat(settings.databasePoolSize()).isEqualTo(4);
    assertThat(settings.bcryptCost()).isEqualTo(10);
    assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.sessionTtl()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.currency().getCurrencyCode()).isEqualTo("KES");
    assertThat(settings.corsOrigins()).containsExactly("https://a.example", "https://b.example");
    assertThat(settings.maxBodyBytes()).isEqualTo(2048);
    assertThat(settings.admin())
        .hasValueSatisfying(a -> assertThat(a.username()).isEqualTo("root"));
    assertThat(settings.admin().orElseThrow().toString()).doesNotContain("Correct-Horse-9");
    assertThat(settings.imageDirectory()).isEqualTo(Path.of("/var/lib/motorhub/images"));
    assertThat(settings.cardFingerprintKey()).isPresent();
    assertThat(settings.core().maxImageBytes()).isEqualTo(4096);
    assertThat(settings.core().proposalTtl()).isEqualTo(Duration.ofDays(3));
    assertThat(settings.core().invoiceTerm()).isEqualTo(Period.ofDays(14));
    assertThat(settings.core().refreshGrace()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.jobsInterval()).contains(Duration.ofMinutes(5));
    assertThat(settings.payments().checkAfter()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.payments().giveUpAfter()).isEqualTo(Duration.ofHours(2));
    assertThat(settings.core().orderSmsTemplate().text())
        .isEqualTo("Asante {name}: {item}, {amount}");
    assertThat(settings.logs())
        .isEqualTo(new LogSettings(LogSettings.Format.TEXT, LogSettings.Level.DEBUG));
    assertThat(settings.metricsAllowed())
        .containsExactly(
            AddressRange.parse("10.0.0.0/8"),
            AddressRange.parse("192.0.2.7"),
            AddressRange.parse("fd00::/8"));
  }

  @Test
  void logs_areJsonLinesAtInfoByDefault_andABadFormatOrLevelStopsTheStart() {
    assertThat(Settings.from(Map.of()).logs()).isEqualTo(LogSettings.DEFAULTS);
    assertThat(LogSettings.DEFAULTS)
        .isEqualTo(new LogSettings(LogSettings.Format.JSON, LogSettings.Level.INFO));
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_LOG_FORMAT", "xml")))
        .isInstanceOf(SettingsError.class)
        .hasMessage("MOTORHUB_LOG_FORMAT must be one of json, text, not 'xml'.");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_LOG_LEVEL", "trace")))
        .isInstanceOf(SettingsError.class)
        .hasMessage("MOTORHUB_LOG_LEVEL must be one of error, warn, info, debug, not 'trace'.");
  }

  @Test
  void metrics_areOpenToTheMachineItselfByDefault_noneClosesThem_andABadRangeStopsTheStart() {
    assertThat(Settings.from(Map.of()).metricsAllowed()).isEqualTo(AddressRange.LOOPBACK);
    assertThat(Settings.from(Map.of("MOTORHUB_METRICS_ALLOW", "none")).metricsAllowed()).isEmpty();
    for (String bad : new String[] {"localhost", "10.0.0.0/40", "10.0.0.1, prometheus"}) {
      assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_METRICS_ALLOW", bad)))
          .as(bad)
          .isInstanceOf(SettingsError.class)
          .hasMessageStartingWith("MOTORHUB_METRICS_ALLOW must be addresses or CIDR ranges");
    }
  }

  @Test
  void theJobs_runEveryMinuteByDefault_zeroOrOffTurnsThemOff_andADayAtMost() {
    assertThat(Settings.from(Map.of()).jobsInterval()).contains(Duration.ofSeconds(60));
    assertThat(Settings.from(Map.of("MOTORHUB_JOBS_INTERVAL_SECONDS", "0")).jobsInterval())
        .isEmpty();
    assertThat(Settings.from(Map.of("MOTORHUB_JOBS_INTERVAL_SECONDS", " Off ")).jobsInterval())
        .isEmpty();
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_JOBS_INTERVAL_SECONDS", "86401")))
        .isInstanceOf(SettingsError.class)
        .hasMessageContaining("MOTORHUB_JOBS_INTERVAL_SECONDS");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_JOBS_INTERVAL_SECONDS", "soon")))
        .isInstanceOf(SettingsError.class)
        .hasMessageContaining("MOTORHUB_JOBS_INTERVAL_SECONDS");
  }

  @Test
  void pendingPayments_areGivenUpOnNoSoonerThanTheyAreLookedUp() {
    assertThatThrownBy(
            () ->
                Settings.from(
                    Map.of(
                        "MOTORHUB_PAYMENT_PENDING_SECONDS", "600",
                        "MOTORHUB_PAYMENT_GIVE_UP_SECONDS", "599")))
        .isInstanceOf(SettingsError.class)
        .hasMessage(
            "MOTORHUB_PAYMENT_GIVE_UP_SECONDS must be at least MOTORHUB_PAYMENT_PENDING_SECONDS.");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_PAYMENT_PENDING_SECONDS", "0")))
        .hasMessageContaining("MOTORHUB_PAYMENT_PENDING_SECONDS must be between 1 and 86400");
  }

  @Test
  void theOrderSmsTemplate_isTheStandardOneByDefault_andABadOneStopsTheStart() {
    assertThat(Settings.from(Map.of()).core().orderSmsTemplate().text())
        .isEqualTo("Order for {item} at {currency} {amount} created");
    assertThatThrownBy(
            () -> Settings.from(Map.of("MOTORHUB_ORDER_SMS_TEMPLATE", "Order for {product}")))
        .isInstanceOf(SettingsError.class)
        .hasMessageContaining("MOTORHUB_ORDER_SMS_TEMPLATE")
        .hasMessageContaining("{product}");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_ORDER_SMS_TEMPLATE", "Order {item")))
        .isInstanceOf(SettingsError.class)
        .hasMessageContaining("MOTORHUB_ORDER_SMS_TEMPLATE");
  }

  @Test
  void theRefreshGrace_isTenSecondsByDefault_zeroTurnsItOff_andAMinuteAtMost() {
    assertThat(Settings.from(Map.of()).core().refreshGrace()).isEqualTo(Duration.ofSeconds(10));
    assertThat(Settings.from(Map.of("MOTORHUB_REFRESH_GRACE_SECONDS", "0")).core().refreshGrace())
        .isZero();
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_REFRESH_GRACE_SECONDS", "61")))
        .hasMessageContaining("MOTORHUB_REFRESH_GRACE_SECONDS must be between 0 and 60");
  }

  @Test
  void aBadValue_stopsTheStartNamingTheVariable() {
    assertThatThrownBy(() -> Settings.from(Map.of("PORT", "eighty")))
        .isInstanceOf(SettingsError.class)
        .hasMessageContaining("PORT");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_BCRYPT_COST", "3")))
        .hasMessageContaining("MOTORHUB_BCRYPT_COST must be between 4 and 31");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_CURRENCY", "euro")))
        .hasMessageContaining("MOTORHUB_CURRENCY");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_CURRENCY", "KWD")))
        .hasMessageContaining("at most two decimal places");
    assertThatThrownBy(() -> Settings.from(Map.of("DATABASE_URL", "postgres://x/y")))
        .hasMessageContaining("DATABASE_URL must be a PostgreSQL JDBC URL");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_INSTANCE_ID", "web 2\r\nX-Evil: 1")))
        .hasMessageContaining("MOTORHUB_INSTANCE_ID must be 1 to 64 of");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_TRUSTED_PROXIES", "10.0.0.5, cafe")))
        .hasMessageContaining("MOTORHUB_TRUSTED_PROXIES must be IP addresses")
        .hasMessageContaining("'cafe'");
  }

  @Test
  void aDatabase_requiresAJwtSecretOfAtLeast32Bytes() {
    assertThatThrownBy(() -> Settings.from(Map.of("DATABASE_URL", "jdbc:postgresql://db/m")))
        .hasMessageContaining("MOTORHUB_JWT_SECRET is required");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_JWT_SECRET", "short-secret")))
        .hasMessageContaining("at least 32 bytes")
        .hasMessageNotContaining("short-secret");
  }

  @Test
  void aDatabase_requiresACardFingerprintKeyOfAtLeast32Bytes() {
    String jwt = "0123456789abcdef0123456789abcdef";
    assertThatThrownBy(
            () ->
                Settings.from(
                    Map.of("DATABASE_URL", "jdbc:postgresql://db/m", "MOTORHUB_JWT_SECRET", jwt)))
        .hasMessageContaining("MOTORHUB_CARD_FINGERPRINT_KEY is required");
    assertThatThrownBy(
            () -> Settings.from(Map.of("MOTORHUB_CARD_FINGERPRINT_KEY", "short-fingerprint-key")))
        .hasMessageContaining("at least 32 bytes")
        .hasMessageNotContaining("short-fingerprint-key");
  }

  @Test
  void theAdminAccount_needsAllThreeVariables() {
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_ADMIN_USERNAME", "root")))
        .hasMessageContaining("MOTORHUB_ADMIN_PASSWORD");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_ADMIN_EMAIL", "root@example.com")))
        .hasMessageContaining("MOTORHUB_ADMIN_USERNAME");
  }

  @Test
  void anAdminPasswordAlone_ensuresNoAccount() {
    assertThat(Settings.from(Map.of("MOTORHUB_ADMIN_PASSWORD", "Correct-Horse-9")).admin())
        .isEmpty();
  }
}
