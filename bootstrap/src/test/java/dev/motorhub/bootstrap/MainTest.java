package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownCommand_exitsWithUsage() {
    assertThat(Main.run(new String[] {"explode"}, Map.of(), err)).isEqualTo(2);
    assertThat(err()).contains("Unknown command 'explode'");
  }

  @Test
  void aBadSetting_exitsWithAClearMessageAndNoSecret() {
    int code =
        Main.run(
            new String[] {"serve"},
            Map.of("MOTORHUB_JWT_SECRET", "too-short-to-sign", "PORT", "80"),
            err);
    assertThat(code).isEqualTo(2);
    assertThat(err()).startsWith("Motorhub cannot start: ").doesNotContain("too-short-to-sign");
  }

  @Test
  void anUnreachableDatabase_stopsTheStartWithTheCauseAndNoStackTrace() {
    String secret = "Sekr1t-Value";
    Map<String, String> env =
        Map.of(
            "DATABASE_URL",
            "jdbc:postgresql://127.0.0.1:1/nowhere?user=u&password=" + secret,
            "MOTORHUB_JWT_SECRET",
            "a-test-secret-that-is-long-enough-to-sign",
            "MOTORHUB_CARD_FINGERPRINT_KEY",
            "a-card-fingerprint-key-long-enough-too",
            "PORT",
            "0");
    assertThat(Main.run(new String[] {"serve"}, env, err)).isEqualTo(1);
    assertThat(Main.run(new String[] {"migrate"}, env, err)).isEqualTo(1);
    assertThat(err())
        .startsWith("Motorhub cannot start: Cannot reach the database: ")
        .doesNotContain(secret)
        .doesNotContain("\tat ");
  }

  @Test
  void migrate_withoutADatabase_explainsWhy() {
    assertThat(Main.run(new String[] {"migrate"}, Map.of(), err)).isEqualTo(2);
    assertThat(err()).contains("migrate needs DATABASE_URL");
  }

  @Test
  void createSuperuser_withoutArguments_printsUsage() {
    assertThat(Main.run(new String[] {"create-superuser"}, Map.of(), err)).isEqualTo(2);
    assertThat(err()).contains("Usage: create-superuser USERNAME EMAIL");
  }
}
