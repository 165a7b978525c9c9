package dev.motorhub.adapters.http.browser;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * The cookies a browser holds: its session (opaque, HttpOnly, SameSite=Lax, Secure when the
 * platform is reached over HTTPS, under the {@code __Host-} prefix then) and, for the few minutes
 * of a sign-in, the binding that ties the provider's answer to the browser that asked.
 */
public final class BrowserCookies {
  private final boolean secure;

  public BrowserCookies(boolean secure) {
    this.secure = secure;
  }

  public String sessionName() {
    return secure ? "__Host-motorhub_session" : "motorhub_session";
  }

  public String bindingName() {
    return secure ? "__Host-motorhub_sign_in" : "motorhub_sign_in";
  }

  /** The session cookie's value, if the browser sent one. */
  public Optional<String> session(Context ctx) {
    return Optional.ofNullable(ctx.cookie(sessionName())).filter(v -> !v.isBlank());
  }

  public Optional<String> binding(Context ctx) {
    return Optional.ofNullable(ctx.cookie(bindingName())).filter(v -> !v.isBlank());
  }

  /** Sets the session cookie; it lasts as long as the session at most. */
  public void setSession(Context ctx, String value, Duration lifetime) {
    set(ctx, sessionName(), value, lifetime.toSeconds());
  }

  public void clearSession(Context ctx) {
    set(ctx, sessionName(), "", 0);
  }

  public void setBinding(Context ctx, String value, Duration lifetime) {
    set(ctx, bindingName(), value, lifetime.toSeconds());
  }

  public void clearBinding(Context ctx) {
    set(ctx, bindingName(), "", 0);
  }

  private void set(Context ctx, String name, String value, long maxAgeSeconds) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            name
                + "="
                + value
                + "; Path=/; Max-Age="
                + Math.max(0, maxAgeSeconds)
                + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : ""));
  }
}
