package dev.motorhub.adapters.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP client for tests: JSON in, {@link Reply} out, an optional bearer token, and
 * optionally its own loopback address to send from.
 */
public final class Api {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One client, and so one pool of connections, a server address (and an address sent from, if
   * any): when a test server stops, its connections go with it ({@link #forget}), so that none is
   * reused with a later server that happens to get the same port (its first request would find the
   * connection closed).
   */
  private static final Map<String, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  private final String base;
  private final String authorization;
  private final Map<String, String> headers;
  private final Optional<InetAddress> from;

  public Api(String base) {
    this(base, null, Map.of(), Optional.empty());
  }

  private Api(
      String base, String authorization, Map<String, String> headers, Optional<InetAddress> from) {
    this.base = base;
    this.authorization = authorization;
    this.headers = headers;
    this.from = from;
  }

  /** Closes the connections to {@code base}, whose server has stopped. */
  public static void forget(String base) {
    CLIENTS.keySet().stream()
        .filter(key -> key.equals(base) || key.startsWith(base + " from "))
        .toList()
        .forEach(key -> CLIENTS.remove(key).close());
  }

  private HttpClient client() {
    return CLIENTS.computeIfAbsent(
        from.map(address -> base + " from " + address.getHostAddress()).orElse(base),
        key -> {
          HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
          from.ifPresent(client::localAddress);
          return client.build();
        });
  }

  public String base() {
    return base;
  }

  /** The same client, sending {@code Authorization: Bearer token}. */
  public Api bearer(String token) {
    return new Api(base, "Bearer " + token, headers, from);
  }

  /** The same client, sending {@code Authorization: Token token} as the DRF seeds do. */
  public Api token(String token) {
    return new Api(base, "Token " + token, headers, from);
  }

  /** The same client, sending from {@code address}, such as the loopback {@code 127.0.0.2}. */
  public Api from(String address) {
    try {
      return new Api(base, authorization, headers, Optional.of(InetAddress.getByName(address)));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public Api header(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Api(base, authorization, more, from);
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Reply post(String path, Object body) {
    return send("POST", path, json(body), "application/json");
  }

  public Reply put(String path, Object body) {
    return send("PUT", path, json(body), "application/json");
  }

  public Reply patch(String path, Object body) {
    return send("PATCH", path, json(body), "application/json");
  }

  /** Sends the fields form-encoded, as browsers and many DRF clients do. */
  public Reply form(String method, String path, Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach(
        (name, value) ->
            body.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return send(method, path, body.toString(), "application/x-www-form-urlencoded");
  }

  /** Sends the fields as a multipart form without files. */
  public Reply multipart(String method, String path, Map<String, String> fields) {
    String boundary = "motorhub-test-boundary";
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(method, path, body.toString(), "multipart/form-data; boundary=" + boundary);
  }

  /** Sends a raw body with the given content type (form-encoded, broken JSON, …). */
  public Reply send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.headers(), response.body());
  }

  /**
   * Sends {@code request}, once more if the connection it went out on had been closed by the server
   * before it read a byte (a pooled keep-alive connection closed meanwhile: the request was never
   * handled, so sending it again does not repeat it).
   */
  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      try {
        return client().send(request, handler);
      } catch (IOException e) {
        if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
          throw e;
        }
        return client().send(request, handler);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends {@code bytes} as the file {@code filename} (of the claimed {@code contentType}) in the
   * multipart field {@code field}, beside the given text fields.
   */
  public Reply upload(
      String method,
      String path,
      String field,
      String filename,
      String contentType,
      byte[] bytes,
      Map<String, String> fields) {
    String boundary = "motorhub-upload-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(field)
        .append("\"; filename=\"")
        .append(filename)
        .append("\"\r\nContent-Type: ")
        .append(contentType)
        .append("\r\n\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        exchange(
            method,
            path,
            "multipart/form-data; boundary=" + boundary,
            HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.headers(), response.body());
  }

  /** GETs {@code path} and keeps the body as bytes, for images. */
  public Download download(String path) {
    HttpResponse<byte[]> response =
        exchange(
            "GET",
            path,
            null,
            HttpRequest.BodyPublishers.noBody(),
            HttpResponse.BodyHandlers.ofByteArray());
    return new Download(response.statusCode(), response.headers(), response.body());
  }

  private <T> HttpResponse<T> exchange(
      String method,
      String path,
      String contentType,
      HttpRequest.BodyPublisher body,
      HttpResponse.BodyHandler<T> handler) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    return exchange(request.method(method, body).build(), handler);
  }

  /** A response whose body is kept as bytes. */
  public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private static String json(Object body) {
    if (body instanceof String text) {
      return text;
    }
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A response: status, headers, and the body as text and as JSON. */
  public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }

    public String text(String field) {
      return json().path(field).asText();
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
