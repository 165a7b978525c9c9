package dev.motorhub.bootstrap;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The end-to-end database the HTTP contracts run on over PostgreSQL, and the platform as the jar
 * starts it there, with a superuser, on the database emptied first.
 */
final class E2eDatabase {
  static final String URL =
      System.getenv()
          .getOrDefault(
              "MOTORHUB_E2E_DATABASE_URL",
              "jdbc:postgresql://127.0.0.1:5432/motorhub_e2e?user=postgres");

  private E2eDatabase() {}

  /** The platform on the emptied database, keeping images under {@code images}. */
  static Platform startPlatform(Path images, String admin, String password) {
    empty();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("HOST", "127.0.0.1");
    env.put("DATABASE_URL", URL);
    env.put("DATABASE_POOL_SIZE", "2");
    env.put("MOTORHUB_JWT_SECRET", "an-end-to-end-test-secret-of-at-least-32-bytes");
    env.put("MOTORHUB_CARD_FINGERPRINT_KEY", "an-end-to-end-card-key-of-at-least-32-bytes");
    env.put("MOTORHUB_BCRYPT_COST", "4");
    env.put("MOTORHUB_IMAGE_DIR", images.toString());
    env.put("MOTORHUB_ADMIN_USERNAME", admin);
    env.put("MOTORHUB_ADMIN_EMAIL", admin + "@example.com");
    env.put("MOTORHUB_ADMIN_PASSWORD", password);
    return Platform.start(Settings.from(env));
  }

  private static void empty() {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty the end-to-end database", e);
    }
  }
}
