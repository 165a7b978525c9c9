package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/auth/login} from many client addresses (loopback addresses 127.0.0.2 and up, or
 * the addresses a trusted proxy forwards for): an attacker's addresses get one guess each and then
 * {@code 429}, while the owner signs in at once. Only a trusted proxy's {@code X-Forwarded-For}
 * counts.
 */
class LoginBackoffRoutesTest {
  private static final String PROXY = "127.0.0.1";
  static TestServer server;
  static TestServer behindProxy;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    behindProxy = TestServer.behindProxy(PROXY);
  }

  @AfterAll
  static void stop() {
    server.close();
    behindProxy.close();
  }

  private static Api.Reply logIn(Api client, String username, String password) {
    return client.post("/v1/auth/login", Map.of("username", username, "password", password));
  }

  @Test
  void anAttackerFromTwentyAddresses_isPausedAddressByAddress_whileTheOwnerSignsIn() {
    Accounts.customer(server, "frank");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Api attacker = server.api().from("127.0.0." + (2 + i % 20));
      statuses.add(logIn(attacker, "frank", "Wrong-Password-1").status());
    }

    assertThat(statuses.subList(0, 20)).containsOnly(401);
    assertThat(statuses.subList(20, 40)).containsOnly(429);
    Api.Reply paused = logIn(server.api().from("127.0.0.2"), "frank", Accounts.PASSWORD);
    assertThat(paused.status()).isEqualTo(429);
    assertThat(Long.parseLong(paused.header("Retry-After")))
        .as("until its own guess leaves the 15-minute window")
        .isBetween(800L, 900L);
    assertThat(logIn(server.api().from("127.0.0.100"), "frank", Accounts.PASSWORD).status())
        .isEqualTo(200);
  }

  @Test
  void behindATrustedProxy_theLastAddressItForwardsFor_isTheClients() {
    Accounts.customer(behindProxy, "gina");
    Api proxy = behindProxy.api().from(PROXY);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Api attacker = proxy.header("X-Forwarded-For", "198.51.100.1, 203.0.113." + (2 + i % 20));
      statuses.add(logIn(attacker, "gina", "Wrong-Password-1").status());
    }

    assertThat(statuses.subList(0, 20)).containsOnly(401);
    assertThat(statuses.subList(20, 40)).containsOnly(429);
    Api owner = proxy.header("X-Forwarded-For", "198.51.100.1");
    assertThat(logIn(owner, "gina", Accounts.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void theForwardedForOfAnyoneButTheProxy_isIgnored() {
    Accounts.customer(behindProxy, "hank");
    Api notTheProxy = behindProxy.api().from("127.0.0.9");
    for (int i = 0; i < 20; i++) {
      Api.Reply guess =
          logIn(
              notTheProxy.header("X-Forwarded-For", "203.0.113." + (2 + i)),
              "hank",
              "Wrong-Password-1");
      assertThat(guess.status()).isIn(401, 429);
    }

    Api claimingAnother = notTheProxy.header("X-Forwarded-For", "198.51.100.1");
    assertThat(logIn(claimingAnother, "hank", Accounts.PASSWORD).status()).isEqualTo(429);
    assertThat(logIn(behindProxy.api().from("127.0.0.10"), "hank", Accounts.PASSWORD).status())
        .isEqualTo(200);
  }
}
