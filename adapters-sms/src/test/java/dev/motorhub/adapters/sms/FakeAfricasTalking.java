package dev.motorhub.adapters.sms;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server playing Africa's Talking's messaging endpoint: it answers each request with
 * the status, body and delay a test set, and keeps every request it was sent.
 */
final class FakeAfricasTalking implements AutoCloseable {
  /** One request as the server saw it. */
  record Request(String method, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(h -> h.getKey().equalsIgnoreCase(name))
          .map(h -> h.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }

    Map<String, String> form() {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        String[] kv = pair.split("=", 2);
        fields.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
      }
      return fields;
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 201;
  private volatile String body = "";
  private volatile Duration delay = Duration.ZERO;

  FakeAfricasTalking() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            requests.add(
                new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (!delay.isZero()) {
              Thread.sleep(delay.toMillis());
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
              exchange.getResponseBody().write(answer);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException e) {
            // The client gave up waiting (a timeout test): nothing to answer.
          }
        });
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  FakeAfricasTalking answer(int status, String body) {
    this.status = status;
    this.body = body;
    return this;
  }

  FakeAfricasTalking after(Duration delay) {
    this.delay = delay;
    return this;
  }

  /** The answer to one recipient with {@code statusCode}, {@code status} and the rest. */
  static String recipient(int statusCode, String status, String messageId, String cost) {
    return """
        {"SMSMessageData":{"Message":"Sent to 1/1 Total Cost: %s","Recipients":[{"statusCode":%d,\
        "number":"+254701036054","status":"%s","cost":"%s","messageId":"%s"}]}}"""
        .formatted(cost, statusCode, status, cost, messageId);
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
