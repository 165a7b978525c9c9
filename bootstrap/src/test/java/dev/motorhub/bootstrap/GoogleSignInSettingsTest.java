package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.motorhub.adapters.http.oidc.OidcSettings;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoogleSignInSettingsTest {
  private static final String SECRET = "GOCSPX-a-secret-nobody-may-see";

  private static Map<String, String> google() {
    Map<String, String> env = new HashMap<>();
    env.put("MOTORHUB_GOOGLE_CLIENT_ID", "123.apps.googleusercontent.com");
    env.put("MOTORHUB_GOOGLE_CLIENT_SECRET", SECRET);
    env.put("MOTORHUB_PUBLIC_URL", "https://motorhub.example.com/");
    return env;
  }

  @Test
  void withoutAClientId_googleSignInIsOff() {
    assertThat(Settings.from(Map.of()).googleSignIn()).isEmpty();
  }

  @Test
  void aClientIdWithItsSecretAndThePublicAddress_turnsItOn_againstGoogle() {
    OidcSettings google = Settings.from(google()).googleSignIn().orElseThrow();

    assertThat(google.issuer()).isEqualTo(URI.create("https://accounts.google.com"));
    assertThat(google.clientId()).isEqualTo("123.apps.googleusercontent.com");
    assertThat(google.redirectUri())
        .isEqualTo(URI.create("https://motorhub.example.com/auth/google/callback"));
    assertThat(google.https()).isTrue();
    assertThat(google.toString()).doesNotContain(SECRET);
    assertThat(Settings.from(google()).toString()).doesNotContain(SECRET);
  }

  @Test
  void anotherIssuer_isTaken() {
    Map<String, String> env = google();
    env.put("MOTORHUB_OIDC_ISSUER", "https://login.example.org/realms/cars");

    assertThat(Settings.from(env).googleSignIn().orElseThrow().issuer())
        .isEqualTo(URI.create("https://login.example.org/realms/cars"));
  }

  @Test
  void aClientIdWithoutItsSecretOrThePublicAddress_stopsTheStart() {
    Map<String, String> noSecret = google();
    noSecret.remove("MOTORHUB_GOOGLE_CLIENT_SECRET");
    assertThatThrownBy(() -> Settings.from(noSecret))
        .isInstanceOf(SettingsError.class)
        .hasMessageContaining("MOTORHUB_GOOGLE_CLIENT_SECRET is required");

    Map<String, String> noAddress = google();
    noAddress.remove("MOTORHUB_PUBLIC_URL");
    assertThatThrownBy(() -> Settings.from(noAddress))
        .isInstanceOf(SettingsError.class)
        .hasMessageContaining("MOTORHUB_PUBLIC_URL is required")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aSecretWithoutAClientId_stopsTheStart_withoutShowingIt() {
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_GOOGLE_CLIENT_SECRET", SECRET)))
        .isInstanceOf(SettingsError.class)
        .hasMessageContaining("MOTORHUB_GOOGLE_CLIENT_SECRET is set without")
        .hasMessageNotContaining(SECRET);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "accounts.google.com",
        "ftp://accounts.google.com",
        "https://accounts.google.com?x=1",
        "http://accounts.google.com",
        "not a url at all"
      })
  void aBadIssuer_stopsTheStartNamingIt(String issuer) {
    assertThatThrownBy(() -> Settings.from(Map.of("MOTORHUB_OIDC_ISSUER", issuer)))
        .isInstanceOf(SettingsError.class)
        .hasMessageStartingWith("MOTORHUB_OIDC_ISSUER must");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "motorhub.example.com",
        "https://motorhub.example.com/app",
        "https://motorhub.example.com/#top",
        "http://motorhub.example.com"
      })
  void aBadPublicAddress_stopsTheStartNamingIt(String address) {
    Map<String, String> env = google();
    env.put("MOTORHUB_PUBLIC_URL", address);

    assertThatThrownBy(() -> Settings.from(env))
        .isInstanceOf(SettingsError.class)
        .hasMessageStartingWith("MOTORHUB_PUBLIC_URL must");
  }

  @Test
  void plainHttp_isTakenOnTheLoopback() {
    Map<String, String> env = google();
    env.put("MOTORHUB_PUBLIC_URL", "http://localhost:8080");
    env.put("MOTORHUB_OIDC_ISSUER", "http://127.0.0.1:9000");

    OidcSettings local = Settings.from(env).googleSignIn().orElseThrow();
    assertThat(local.https()).isFalse();
    assertThat(local.redirectUri()).hasToString("http://localhost:8080/auth/google/callback");
  }
}
