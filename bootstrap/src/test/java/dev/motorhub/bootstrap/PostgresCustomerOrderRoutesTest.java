package dev.motorhub.bootstrap;

import dev.motorhub.adapters.http.seed.orders.CustomerOrderContract;
import dev.motorhub.adapters.http.support.Api;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Customer-Order seed's routes over PostgreSQL, the platform as the jar starts it on an emptied
 * database; the order texts are read from its outbox table.
 */
class PostgresCustomerOrderRoutesTest extends CustomerOrderContract {
  @TempDir static Path imageDirectory;
  private Platform platform;

  @Override
  protected Api start() {
    platform = E2eDatabase.startPlatform(imageDirectory, ROOT, PASSWORD);
    return new Api("http://127.0.0.1:" + platform.port());
  }

  @Override
  protected void stop() {
    platform.close();
  }

  @Override
  protected List<String> pendingTextsAbout(String subjectId) {
    try (Connection connection = DriverManager.getConnection(E2eDatabase.URL);
        PreparedStatement query =
            connection.prepareStatement(
                "select text from sms_messages where subject_id = ? and status = 'pending'"
                    + " order by id")) {
      query.setObject(1, UUID.fromString(subjectId));
      List<String> texts = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          texts.add(rows.getString(1));
        }
      }
      return texts;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the outbox", e);
    }
  }
}
