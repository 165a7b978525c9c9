package dev.motorhub.adapters.http.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty refuses before any route runs (a path it cannot decode, such as one holding {@code
 * %00} or broken UTF-8): JSON instead of Jetty's HTML page, in the problem shape whose {@code
 * detail} DRF clients read too, as {@code application/problem+json} where the path is the
 * platform's own.
 */
public final class JettyErrors extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:motorhub:problem:http_" + code);
    body.put("title", HttpStatus.getMessage(code));
    body.put("status", code);
    body.put("detail", "The request cannot be read: " + reason(code, message) + ".");
    // A message Jetty cannot parse has lost its path (it reads "/badMessage"): plain JSON then.
    String path = request.getHttpURI().getPath();
    boolean platform = path != null && !ErrorResponses.isSeedRoute(path);
    response
        .getHeaders()
        .put(HttpHeader.CONTENT_TYPE, platform ? "application/problem+json" : "application/json");
    response.write(
        true, ByteBuffer.wrap(Json.write(body).getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** Jetty's own reason, or a plainer one where it only repeats the status. */
  private static String reason(int code, String message) {
    return message == null || message.isBlank() || message.equals(HttpStatus.getMessage(code))
        ? "its path or headers are malformed"
        : message;
  }
}
