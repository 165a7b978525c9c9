package dev.motorhub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line: its commands, their failures, and the help. */
class MainTest {
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, env, out, err);
  }

  @Test
  void anUnknownCommand_failsWithTheUsageOnStandardError() {
    assertThat(run(Map.of(), "explode")).isEqualTo(2);
    assertThat(err())
        .startsWith("Unknown command 'explode'.")
        .contains("Usage: java -jar motorhub.jar", "create-superuser USERNAME EMAIL", "--help");
    assertThat(out()).isEmpty();
  }

  @Test
  void help_printsTheCommandsAndEverySettingWithItsDefault_andSucceeds() {
    for (String flag : new String[] {"--help", "-h"}) {
      outBytes.reset();
      assertThat(run(Map.of(), flag)).as(flag).isEqualTo(0);
      assertThat(out())
          .startsWith("Usage: java -jar motorhub.jar")
          .contains("migrate", "create-superuser USERNAME EMAIL", "-h, --help")
          .contains("PORT (default 8080)", "MOTORHUB_IMAGE_DIR (default data/images)")
          .contains("DATABASE_URL (no default)", "in-memory store");
      Usage.VARIABLES.forEach(v -> assertThat(out()).contains("  " + v.name() + " ("));
    }
    assertThat(err()).isEmpty();
  }

  @Test
  void help_needsNoValidSettings() {
    assertThat(run(Map.of("PORT", "not-a-port"), "--help")).isEqualTo(0);
    assertThat(out()).contains("PORT (default 8080)");
  }

  @Test
  void aBadSetting_exitsWithAClearMessageAndNoSecret() {
    int code = run(Map.of("MOTORHUB_JWT_SECRET", "too-short-to-sign", "PORT", "80"), "serve");
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
    assertThat(run(env, "serve")).isEqualTo(1);
    assertThat(run(env, "migrate")).isEqualTo(1);
    assertThat(err())
        .startsWith("Motorhub cannot start: Cannot reach the database: ")
        .doesNotContain(secret)
        .doesNotContain("\tat ");
  }

  @Test
  void migrate_withoutADatabase_explainsWhy() {
    assertThat(run(Map.of(), "migrate")).isEqualTo(2);
    assertThat(err()).contains("migrate needs DATABASE_URL");
  }

  @Test
  void createSuperuser_withoutArguments_printsUsage() {
    assertThat(run(Map.of(), "create-superuser")).isEqualTo(2);
    assertThat(err()).contains("Usage: create-superuser USERNAME EMAIL");
  }
}
