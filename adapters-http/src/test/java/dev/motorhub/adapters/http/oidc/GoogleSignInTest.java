package dev.motorhub.adapters.http.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.FakeOpenIdProvider;
import dev.motorhub.adapters.http.support.GoogleBrowser;
import dev.motorhub.adapters.http.support.GoogleSignInWorld;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signing in with Google through the real server and a real (local, fake) OpenID provider: the
 * first sign-in opens or links the account, the browser's session then gives out access tokens at
 * {@code GET /api/token/}, and signing out ends it.
 */
class GoogleSignInTest {
  @RegisterExtension final GoogleSignInWorld world = new GoogleSignInWorld();

  @Test
  void aNewPerson_getsACustomerAccountWithItsProfile_andAWorkingToken() {
    Api.Reply callback = world.browser().signIn();

    assertThat(callback.status()).isEqualTo(303);
    assertThat(callback.header("Location")).isEqualTo("/");
    assertThat(GoogleBrowser.setCookie(callback, GoogleBrowser.SESSION).orElseThrow())
        .contains("HttpOnly", "SameSite=Lax", "Path=/")
        .doesNotContain("Secure"); // the test server is reached over plain HTTP
    String session = GoogleBrowser.cookie(callback, GoogleBrowser.SESSION).orElseThrow();
    Api.Reply token = world.browser().token(session);
    assertThat(token.status()).as(token.toString()).isEqualTo(200);
    assertThat(token.json().fieldNames()).toIterable().containsExactly("token");

    Api.Reply me = world.server().api().token(token.text("token")).get("/v1/me");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.text("username")).isEqualTo("ada");
    assertThat(me.text("email")).isEqualTo("ada@example.com");
    assertThat(me.text("role")).isEqualTo("customer");
    assertThat(me.text("first_name")).isEqualTo("Ada");
    assertThat(me.json().path("customer_id").isTextual()).as(me.toString()).isTrue();
  }

  @Test
  void anAccountWithTheVerifiedEmail_isLinked_notDuplicated() {
    Accounts.Signed ada = Accounts.customer(world.server(), "ada");
    int before = accounts();

    String session = world.browser().signedIn();

    Api.Reply me =
        world.server().api().token(world.browser().token(session).text("token")).get("/v1/me");
    assertThat(me.text("id")).isEqualTo(ada.id());
    assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void theSecondSignIn_isTheSameAccount() {
    String first = world.browser().signedIn();
    String second = world.browser().signedIn();

    assertThat(second).isNotEqualTo(first);
    assertThat(userId(first)).isEqualTo(userId(second));
    assertThat(accounts()).isEqualTo(1);
  }

  @Test
  void signingOut_endsTheSessionAndItsTokens() {
    String session = world.browser().signedIn();
    String token = world.browser().token(session).text("token");

    Api.Reply out = world.server().api().header("Cookie", session).post("/auth/logout", Map.of());

    assertThat(out.status()).isEqualTo(303);
    assertThat(GoogleBrowser.setCookie(out, GoogleBrowser.SESSION).orElseThrow())
        .contains("Max-Age=0");
    assertThat(world.browser().token(session).status()).isEqualTo(401);
    assertThat(world.server().api().token(token).get("/v1/me").status()).isEqualTo(401);
  }

  @Test
  void deactivatingTheAccount_endsItsBrowserSessionAtOnce_andRefusesTheNextSignIn() {
    String session = world.browser().signedIn();
    String token = world.browser().token(session).text("token");
    Accounts.Signed root = Accounts.administrator(world.server(), "root", Role.SUPERUSER);
    Api.Reply deactivated = root.api().post("/v1/users/" + userId(session) + "/deactivate", "{}");
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);

    assertThat(world.browser().token(session).status()).isEqualTo(401);
    assertThat(world.server().api().token(token).get("/v1/me").status()).isEqualTo(401);
    Api.Reply again = world.browser().signIn();
    assertThat(again.status()).isEqualTo(403);
    assertThat(again.body()).contains("This account is deactivated.");
    assertThat(GoogleBrowser.cookie(again, GoogleBrowser.SESSION)).isEmpty();
  }

  @Test
  void theHomePage_offersSignIn_thenSaysWhoIsSignedIn() {
    Api.Reply anonymous = world.server().api().get("/");
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.header("Content-Type")).startsWith("text/html");
    assertThat(anonymous.body()).contains("<a href=\"/auth/google/login\">Sign in with Google</a>");

    String session = world.browser().signedIn();
    Api.Reply signedIn = world.server().api().header("Cookie", session).get("/");
    assertThat(signedIn.body())
        .contains("signed in as <strong>ada</strong>")
        .contains("<form method=\"post\" action=\"/auth/logout\">")
        .doesNotContain("Sign in with Google");
  }

  @Test
  void theSignInRequest_isTheCodeFlowWithPkceStateAndNonce_andShowsNoSecret() {
    String url = world.browser().start().authorizationUrl();

    assertThat(url)
        .startsWith(world.provider().issuer() + "/authorize?")
        .contains("response_type=code", "code_challenge_method=S256", "scope=openid+email+profile")
        .contains("state=", "nonce=", "code_challenge=")
        .contains("client_id=" + FakeOpenIdProvider.CLIENT_ID)
        .doesNotContain(FakeOpenIdProvider.CLIENT_SECRET);
  }

  @Test
  void newKeysAtTheProvider_areFetchedWhenATokenNamesOne() {
    world.browser().signedIn();
    world.provider().rotateKeys();

    world.browser().signedIn();

    assertThat(world.provider().keyFetches()).isEqualTo(2);
  }

  @Test
  void noBrowserSession_isDrfs401() {
    Api.Reply token = world.server().api().get("/api/token/");

    assertThat(token.status()).isEqualTo(401);
    assertThat(token.text("detail")).isEqualTo("Authentication credentials were not provided.");
    Api.Reply stale = world.browser().token(GoogleBrowser.SESSION + "=not-a-session");
    assertThat(stale.status()).isEqualTo(401);
    assertThat(stale.text("detail")).isEqualTo("Your session has ended; please sign in again.");
  }

  @Test
  void usernameAndPasswordAtTheSamePath_stillGetAPair() {
    Accounts.customer(world.server(), "bruno");

    Api.Reply pair =
        world
            .server()
            .api()
            .post("/api/token/", Map.of("username", "bruno", "password", Accounts.PASSWORD));

    assertThat(pair.status()).as(pair.toString()).isEqualTo(200);
    assertThat(pair.json().fieldNames()).toIterable().containsExactly("access", "refresh");
  }

  private int accounts() {
    return world.server().accounts();
  }

  private String userId(String session) {
    return world
        .server()
        .api()
        .token(world.browser().token(session).text("token"))
        .get("/v1/me")
        .text("id");
  }
}
