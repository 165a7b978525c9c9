package dev.motorhub.adapters.http.seed.matchmaking;

import static dev.motorhub.adapters.http.seed.DrfReplies.assertDetail;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A method the seed does not document on one of its paths is its 405, as a DRF detail. */
class MatchmakingWrongMethodTest {
  static TestServer server;
  static Api holder;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    holder = SeedUsers.signedUp(server, SeedUsers.unique("methodical"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /users/",
    "GET, /users/login/",
    "GET, /users/logout/",
    "PUT, /users/logout",
    "POST, /users/byId/",
    "DELETE, /users/byId/",
    "GET, /users/deactivate/",
    "DELETE, /users/deactivate",
    "POST, /users/reset/",
    "PATCH, /users/reset/"
  })
  void aMethodTheSeedDoesNotDocument_isMethodNotAllowed(String method, String path) {
    Api.Reply reply = holder.send(method, path, "{}", "application/json");

    assertDetail(reply, 405, "This method is not allowed on this resource.");
  }
}
