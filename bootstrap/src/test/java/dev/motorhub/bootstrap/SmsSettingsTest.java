package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.motorhub.adapters.sms.AfricasTalkingConfig;
import dev.motorhub.adapters.sms.AfricasTalkingSmsGateway;
import dev.motorhub.adapters.sms.LoggingSmsGateway;
import dev.motorhub.domain.notifications.SmsRetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsSettingsTest {
  private static final String KEY = "atsk_live_0123456789abcdef";
  private static final String SECRET = "reports-0123456789abcdef";

  @Test
  void noVariables_meanNoProvider_noReports_andEightAttempts() {
    SmsSettings sms = Settings.from(Map.of()).sms();

    assertThat(sms.africasTalking()).isEmpty();
    assertThat(sms.callbackSecret()).isEmpty();
    assertThat(sms.dispatch().retries()).isEqualTo(SmsRetryPolicy.defaults());
    assertThat(Platform.smsGateway(sms)).isInstanceOf(LoggingSmsGateway.class);
  }

  @Test
  void africasTalking_isReadWithItsAccount_andTheSecretsStayHidden() {
    SmsSettings sms =
        Settings.from(
                Map.ofEntries(
                    Map.entry("MOTORHUB_SMS_PROVIDER", "AfricasTalking"),
                    Map.entry("MOTORHUB_AT_USERNAME", "sandbox"),
                    Map.entry("MOTORHUB_AT_API_KEY", KEY),
                    Map.entry("MOTORHUB_AT_SENDER_ID", "MOTORHUB"),
                    Map.entry("MOTORHUB_AT_BASE_URL", "https://api.sandbox.africastalking.com"),
                    Map.entry("MOTORHUB_SMS_CALLBACK_SECRET", SECRET),
                    Map.entry("MOTORHUB_SMS_MAX_ATTEMPTS", "5"),
                    Map.entry("MOTORHUB_SMS_BACKOFF_SECONDS", "10"),
                    Map.entry("MOTORHUB_SMS_MAX_BACKOFF_SECONDS", "600")))
            .sms();

    AfricasTalkingConfig at = sms.africasTalking().orElseThrow();
    assertThat(at.baseUrl()).isEqualTo(AfricasTalkingConfig.SANDBOX);
    assertThat(at.username()).isEqualTo("sandbox");
    assertThat(at.apiKey()).isEqualTo(KEY);
    assertThat(at.senderId()).contains("MOTORHUB");
    assertThat(sms.callbackSecret()).contains(SECRET);
    assertThat(sms.dispatch().retries())
        .isEqualTo(new SmsRetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10)));
    assertThat(sms.toString()).doesNotContain(KEY).doesNotContain(SECRET);
    assertThat(Platform.smsGateway(sms)).isInstanceOf(AfricasTalkingSmsGateway.class);
  }

  @Test
  void theLiveApi_isTheDefault() {
    SmsSettings sms =
        Settings.from(
                Map.of(
                    "MOTORHUB_SMS_PROVIDER", "africastalking",
                    "MOTORHUB_AT_USERNAME", "motorhub",
                    "MOTORHUB_AT_API_KEY", KEY))
            .sms();

    assertThat(sms.africasTalking().map(AfricasTalkingConfig::baseUrl))
        .contains(URI.create("https://api.africastalking.com"));
    assertThat(sms.africasTalking().flatMap(AfricasTalkingConfig::senderId))
        .isEqualTo(Optional.empty());
  }

  @Test
  void aBadValue_stopsTheStartNamingTheVariable_neverShowingASecret() {
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_SMS_PROVIDER", "twilio")))
        .hasMessageContaining("MOTORHUB_SMS_PROVIDER");
    assertThatThrownBy(
            () ->
                Settings.from(
                    Map.of("MOTORHUB_SMS_PROVIDER", "africastalking", "MOTORHUB_AT_API_KEY", KEY)))
        .hasMessageContaining("MOTORHUB_AT_USERNAME")
        .hasMessageNotContaining(KEY);
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_AT_BASE_URL", "api.africastalking")))
        .hasMessageContaining("MOTORHUB_AT_BASE_URL");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_SMS_CALLBACK_SECRET", "short")))
        .hasMessageContaining("MOTORHUB_SMS_CALLBACK_SECRET")
        .hasMessageNotContaining("short'");
    assertThatThrownBy(
            () -> Settings.from(Map.of("MOTORHUB_SMS_CALLBACK_SECRET", "with spaces in it, long")))
        .hasMessageContaining("MOTORHUB_SMS_CALLBACK_SECRET");
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_SMS_MAX_ATTEMPTS", "0")))
        .hasMessageContaining("MOTORHUB_SMS_MAX_ATTEMPTS");
    assertThatThrownBy(
            () ->
                Settings.from(
                    Map.of(
                        "MOTORHUB_SMS_BACKOFF_SECONDS", "60",
                        "MOTORHUB_SMS_MAX_BACKOFF_SECONDS", "30")))
        .hasMessageContaining("MOTORHUB_SMS_MAX_BACKOFF_SECONDS");
    assertThatThrownBy(
            () ->
                Settings.from(
                    Map.of(
                        "MOTORHUB_SMS_PROVIDER", "africastalking",
                        "MOTORHUB_AT_USERNAME", "motorhub",
                        "MOTORHUB_AT_API_KEY", KEY,
                        "MOTORHUB_AT_SENDER_ID", "MotorhubKenyaLtd")))
        .hasMessageContaining("MOTORHUB_AT_SENDER_ID");
  }
}
