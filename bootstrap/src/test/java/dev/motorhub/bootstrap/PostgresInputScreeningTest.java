package dev.motorhub.bootstrap;

import dev.motorhub.adapters.http.edge.EdgeWorld;
import dev.motorhub.adapters.http.edge.InputScreeningContract;
import dev.motorhub.adapters.http.support.Api;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input-screening contract over PostgreSQL, where a NUL once reached the database as a 500: the
 * platform as the jar starts it, on an emptied database.
 */
class PostgresInputScreeningTest extends InputScreeningContract {
  @TempDir static Path imageDirectory;
  private Platform platform;

  @Override
  protected Api start() {
    platform = E2eDatabase.startPlatform(imageDirectory, EdgeWorld.ROOT, EdgeWorld.PASSWORD);
    return new Api("http://127.0.0.1:" + platform.port());
  }

  @Override
  protected void stop() {
    platform.close();
  }
}
