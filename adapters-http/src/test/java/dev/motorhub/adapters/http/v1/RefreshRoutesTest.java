package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/auth/refresh}: a refresh sent twice at once (a client's retry) answers twice and
 * ends nothing; a used token presented once the session has moved on revokes it.
 */
class RefreshRoutesTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Api.Reply refresh(String refreshToken) {
    return server.api().post("/v1/auth/refresh", Map.of("refresh_token", refreshToken));
  }

  private static int me(Api.Reply tokens) {
    return server.api().bearer(tokens.text("access_token")).get("/v1/me").status();
  }

  @Test
  void twoRefreshesAtOnce_bothAnswer_andBothAnswersKeepWorking() {
    Accounts.Signed dana = Accounts.customer(server, "dana");

    List<Api.Reply> replies =
        List.of(
                CompletableFuture.supplyAsync(() -> refresh(dana.refreshToken())),
                CompletableFuture.supplyAsync(() -> refresh(dana.refreshToken())))
            .stream()
            .map(CompletableFuture::join)
            .toList();

    for (Api.Reply reply : replies) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(me(reply)).isEqualTo(200);
    }
    assertThat(replies.get(0).text("refresh_token"))
        .isNotEqualTo(replies.get(1).text("refresh_token"));
    for (Api.Reply reply : replies) {
      Api.Reply next = refresh(reply.text("refresh_token"));
      assertThat(next.status()).as(next.toString()).isEqualTo(200);
      assertThat(me(next)).isEqualTo(200);
    }
  }

  @Test
  void reusingARotatedRefreshToken_afterTheSessionMovedOn_revokesTheSession() {
    Accounts.Signed bob = Accounts.customer(server, "bob");
    Api.Reply first = refresh(bob.refreshToken());
    Api.Reply second = refresh(first.text("refresh_token"));
    assertThat(second.status()).isEqualTo(200);

    Api.Reply replay = refresh(bob.refreshToken());
    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refresh(second.text("refresh_token")).status()).isEqualTo(401);
    assertThat(me(second)).isEqualTo(401);
    assertThat(me(first)).isEqualTo(401);
  }
}
