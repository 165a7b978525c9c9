package dev.motorhub.adapters.http.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.FakeOpenIdProvider;
import dev.motorhub.adapters.http.support.FakeOpenIdProvider.Person;
import dev.motorhub.adapters.http.support.GoogleBrowser;
import dev.motorhub.adapters.http.support.GoogleSignInWorld;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way a sign-in with Google can go wrong is answered with a page and a 4xx (502 when the
 * provider fails), never a 500: no session is given and no account is opened.
 */
class GoogleSignInRefusalsTest {
  @RegisterExtension final GoogleSignInWorld world = new GoogleSignInWorld();

  @Test
  void anIdTokenForAnotherClient_isRefused() {
    world.provider().tamper(claims -> claims.audience("someone-elses-client"));

    refused(world.browser().signIn(), 400, "could not be verified");
  }

  @Test
  void anIdTokenFromAnotherIssuer_isRefused() {
    world.provider().tamper(claims -> claims.issuer("https://accounts.evil.example"));

    refused(world.browser().signIn(), 400, "could not be verified");
  }

  @Test
  void anExpiredIdToken_isRefused() {
    Instant twoHoursAgo = Instant.now().minusSeconds(7200);
    world
        .provider()
        .tamper(
            claims ->
                claims
                    .issueTime(Date.from(twoHoursAgo))
                    .expirationTime(Date.from(twoHoursAgo.plusSeconds(3600))));

    refused(world.browser().signIn(), 400, "could not be verified");
  }

  @Test
  void anIdTokenSignedByAnotherKey_isRefused() {
    world.provider().signWithAStrangersKey();

    refused(world.browser().signIn(), 400, "could not be verified");
  }

  @Test
  void anIdTokenWithAnotherNonce_isRefused() {
    world.provider().tamper(claims -> claims.claim("nonce", "a-nonce-this-sign-in-never-sent"));

    refused(world.browser().signIn(), 400, "could not be verified");
  }

  @Test
  void anEmailGoogleHasNotVerified_isRefused() {
    world.provider().signsIn(new Person("eve@example.com", false, "Eve", ""));

    refused(world.browser().signIn(), 403, "has not verified the email address");
  }

  @Test
  void aReplayedAnswer_isRefused_evenAfterTheFirstSucceeded() {
    GoogleBrowser.Started started = world.browser().start();
    String back = world.browser().authorize(started, UnaryOperator.identity());
    assertThat(world.browser().callback(back, started.bindingCookie()).status()).isEqualTo(303);
    int opened = accounts();

    Api.Reply replay = world.browser().callback(back, started.bindingCookie());

    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.body()).contains("expired or was already used");
    assertThat(GoogleBrowser.cookie(replay, GoogleBrowser.SESSION)).isEmpty();
    assertThat(accounts()).isEqualTo(opened);
  }

  @Test
  void anAnswerWithoutThePkceChallenge_isRefusedByTheTokenEndpoint() {
    GoogleBrowser.Started started = world.browser().start();
    String back =
        world.browser().authorize(started, url -> url.replaceAll("&code_challenge=[^&]*", ""));

    refused(
        world.browser().callback(back, started.bindingCookie()),
        400,
        "did not accept this sign-in");
  }

  @Test
  void anAnswerForAnotherPkceChallenge_isRefusedByTheTokenEndpoint() {
    GoogleBrowser.Started started = world.browser().start();
    String back =
        world
            .browser()
            .authorize(
                started,
                url ->
                    url.replaceAll(
                        "code_challenge=[^&]*",
                        "code_challenge=" + GoogleSignIn.challenge("an-attackers-own-verifier")));

    refused(
        world.browser().callback(back, started.bindingCookie()),
        400,
        "did not accept this sign-in");
  }

  @Test
  void anAnswerBroughtByAnotherBrowser_isRefused() {
    GoogleBrowser.Started started = world.browser().start();
    String back = world.browser().authorize(started, UnaryOperator.identity());

    refused(world.browser().callback(back, null), 400, "started in another browser");
    refused(
        world.browser().callback(back, GoogleBrowser.BINDING + "=someone-elses-binding"),
        400,
        "expired or was already used");
  }

  @Test
  void anUnknownState_orNoCode_isRefused() {
    GoogleBrowser.Started started = world.browser().start();

    refused(
        world
            .browser()
            .callback("/auth/google/callback?code=x&state=made-up", started.bindingCookie()),
        400,
        "expired or was already used");
    refused(
        world.browser().callback("/auth/google/callback", started.bindingCookie()), 400, "expired");
  }

  @Test
  void theProviderSayingNo_isRefused() {
    refused(
        world.browser().callback("/auth/google/callback?error=access_denied&state=x", null),
        400,
        "Google did not sign you in.");
  }

  @Test
  void aFailingTokenEndpoint_isA502_showingNoSecret() {
    world.provider().breakTheTokenEndpoint();

    Api.Reply failed = world.browser().signIn();

    refused(failed, 502, "could not be reached");
    assertThat(failed.body()).doesNotContain(FakeOpenIdProvider.CLIENT_SECRET);
  }

  private void refused(Api.Reply reply, int status, String says) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("text/html");
    assertThat(reply.body()).contains("Sign-in failed", says);
    assertThat(GoogleBrowser.cookie(reply, GoogleBrowser.SESSION)).isEmpty();
    assertThat(accounts()).as("no account is opened").isZero();
  }

  private int accounts() {
    return world.server().accounts();
  }
}
