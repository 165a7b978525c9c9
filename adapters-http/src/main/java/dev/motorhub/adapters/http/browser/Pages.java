package dev.motorhub.adapters.http.browser;

import io.javalin.http.Context;

/** The few HTML pages a browser sees: plain, accessible, no script. */
public final class Pages {
  private Pages() {}

  /** Answers {@code status} with a page titled {@code title} around {@code body} (HTML). */
  public static void write(Context ctx, int status, String title, String body) {
    ctx.status(status);
    ctx.contentType("text/html; charset=utf-8");
    ctx.header("Content-Security-Policy", "default-src 'none'; form-action 'self'");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.result(
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · Motorhub</title>
        </head>
        <body>
        <main>
        <h1>%s</h1>
        %s
        </main>
        </body>
        </html>
        """
            .formatted(escape(title), escape(title), body));
  }

  /** A failed sign-in, and the ways on from it. */
  public static void signInFailed(Context ctx, int status, String message) {
    write(
        ctx,
        status,
        "Sign-in failed",
        "<p>" + escape(message) + "</p>\n<p><a href=\"/\">Back to the home page</a></p>");
  }

  /** {@code text} safe inside HTML text and quoted attributes. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
