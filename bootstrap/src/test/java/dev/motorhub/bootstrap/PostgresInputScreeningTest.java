package dev.motorhub.bootstrap;

import dev.motorhub.adapters.http.edge.EdgeWorld;
import dev.motorhub.adapters.http.edge.InputScreeningContract;
import dev.motorhub.adapters.http.support.Api;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input-screening contract over PostgreSQL, where a NUL once reached the database as a 500: the
 * platform as the jar starts it, on an emptied database.
 */
class PostgresInputScreeningTest extends InputScreeningContract {
  private static final String DATABASE_URL =
      System.getenv()
          .getOrDefault(
              "MOTORHUB_E2E_DATABASE_URL",
              "jdbc:postgresql://127.0.0.1:5432/motorhub_e2e?user=postgres");
  @TempDir static Path imageDirectory;
  private Platform platform;

  @Override
  protected Api start() {
    emptyDatabase();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("HOST", "127.0.0.1");
    env.put("DATABASE_URL", DATABASE_URL);
    env.put("DATABASE_POOL_SIZE", "2");
    env.put("MOTORHUB_JWT_SECRET", "an-input-screening-test-secret-of-32-bytes");
    env.put("MOTORHUB_CARD_FINGERPRINT_KEY", "an-input-screening-card-key-of-32-bytes");
    env.put("MOTORHUB_BCRYPT_COST", "4");
    env.put("MOTORHUB_IMAGE_DIR", imageDirectory.toString());
    env.put("MOTORHUB_ADMIN_USERNAME", EdgeWorld.ROOT);
    env.put("MOTORHUB_ADMIN_EMAIL", "root@example.com");
    env.put("MOTORHUB_ADMIN_PASSWORD", EdgeWorld.PASSWORD);
    platform = Platform.start(Settings.from(env));
    return new Api("http://127.0.0.1:" + platform.port());
  }

  @Override
  protected void stop() {
    platform.close();
  }

  private static void emptyDatabase() {
    try (Connection connection = DriverManager.getConnection(DATABASE_URL);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty the end-to-end database", e);
    }
  }
}
