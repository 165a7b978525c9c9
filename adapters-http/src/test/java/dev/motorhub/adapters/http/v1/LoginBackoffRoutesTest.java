package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/auth/login} from many client addresses (loopback addresses 127.0.0.2 and up): an
 * attacker's addresses get one guess each and then {@code 429}, while the owner signs in at once.
 */
class LoginBackoffRoutesTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Logs in as {@code username} from the loopback address {@code 127.0.0.<host>}. */
  private static HttpResponse<String> logInFrom(int host, String username, String password) {
    String body = "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
    try (HttpClient client =
        HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0." + host)).build()) {
      return client.send(
          HttpRequest.newBuilder(URI.create(server.api().base() + "/v1/auth/login"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anAttackerFromTwentyAddresses_isPausedAddressByAddress_whileTheOwnerSignsIn() {
    Accounts.customer(server, "frank");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      statuses.add(logInFrom(2 + i % 20, "frank", "Wrong-Password-1").statusCode());
    }

    assertThat(statuses.subList(0, 20)).containsOnly(401);
    assertThat(statuses.subList(20, 40)).containsOnly(429);
    HttpResponse<String> paused = logInFrom(2, "frank", Accounts.PASSWORD);
    assertThat(paused.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow()))
        .as("until its own guess leaves the 15-minute window")
        .isBetween(800L, 900L);
    assertThat(logInFrom(100, "frank", Accounts.PASSWORD).statusCode()).isEqualTo(200);
  }
}
