package dev.motorhub.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A browser signing in with Google, step by step, against a {@link TestServer} and the provider it
 * is configured with: it keeps the cookies the server sets, and follows the provider's redirects by
 * hand so that a test can bend any step (a tampered authorization request, a replayed answer).
 */
public final class GoogleBrowser {
  public static final String SESSION = "motorhub_session";
  public static final String BINDING = "motorhub_sign_in";

  private final Api api;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public GoogleBrowser(Api api) {
    this.api = api;
  }

  /** A sign-in sent off to the provider: where to, and the binding cookie the server set. */
  public record Started(String authorizationUrl, String bindingCookie) {}

  public Started start() {
    Api.Reply login = api.get("/auth/google/login");
    assertThat(login.status()).as(login.toString()).isEqualTo(302);
    return new Started(login.header("Location"), cookie(login, BINDING).orElseThrow());
  }

  /**
   * The provider signs the person in and answers with where it sends the browser back: the path and
   * query of the callback, the authorization request first changed by {@code bend}.
   */
  public String authorize(Started started, UnaryOperator<String> bend) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(bend.apply(started.authorizationUrl()))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
      URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
      return back.getRawPath() + "?" + back.getRawQuery();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The browser arrives at the callback holding {@code cookie} (none when null). */
  public Api.Reply callback(String pathAndQuery, String cookie) {
    return (cookie == null ? api : api.header("Cookie", cookie)).get(pathAndQuery);
  }

  /** The whole sign-in, unbent: the callback's answer. */
  public Api.Reply signIn() {
    Started started = start();
    return callback(authorize(started, UnaryOperator.identity()), started.bindingCookie());
  }

  /** The whole sign-in, which must succeed: the session cookie it ends with. */
  public String signedIn() {
    Api.Reply callback = signIn();
    assertThat(callback.status()).as(callback.toString()).isEqualTo(303);
    return cookie(callback, SESSION).orElseThrow();
  }

  /** {@code GET /api/token/} as the browser holding {@code sessionCookie}. */
  public Api.Reply token(String sessionCookie) {
    return api.header("Cookie", sessionCookie).get("/api/token/");
  }

  /** The {@code name=value} of a non-empty cookie {@code reply} sets under {@code name}. */
  public static Optional<String> cookie(Api.Reply reply, String name) {
    return reply.headers().allValues("Set-Cookie").stream()
        .map(header -> header.split(";", 2)[0])
        .filter(pair -> pair.startsWith(name + "=") && pair.length() > name.length() + 1)
        .findFirst();
  }

  /** The whole {@code Set-Cookie} header {@code reply} sends for {@code name}. */
  public static Optional<String> setCookie(Api.Reply reply, String name) {
    return reply.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith(name + "="))
        .findFirst();
  }
}
