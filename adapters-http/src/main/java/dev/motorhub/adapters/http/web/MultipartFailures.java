package dev.motorhub.adapters.http.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * What a failure to read a multipart body means for the client: over a size limit (Jetty stops
 * reading at the limit its multipart configuration sets) or not a valid form. Either way the rest
 * of the body is unread, so the connection cannot carry another request.
 */
final class MultipartFailures {
  /** The beginnings of Jetty's messages for a part, a body or the form fields over their limits. */
  private static final List<String> OVER_A_LIMIT =
      List.of("max file size exceeded", "max length exceeded", "Form is larger than max length");

  private MultipartFailures() {}

  static RuntimeException of(Exception failure, Context ctx, String tooLarge) {
    ctx.header("Connection", "close");
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && OVER_A_LIMIT.stream().anyMatch(message::startsWith)) {
        return new ContentTooLarge(tooLarge);
      }
    }
    return new MalformedBody("The request body is not a valid form.");
  }
}
