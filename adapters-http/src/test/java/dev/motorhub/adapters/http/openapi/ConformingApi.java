package dev.motorhub.adapters.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An {@link Api} that checks every response against the OpenAPI document before handing it back:
 * the route and status are documented, the required headers are present, the content type is one
 * the document lists, and the body validates against its schema. Problems also carry the status,
 * path and request id of their response. What was exercised is recorded in a shared {@link
 * #exercised()} set of {@code "METHOD /template status"}.
 */
final class ConformingApi {
  private final Api api;
  private final OpenApiDocument document;
  private final SchemaValidator validator;
  private final Set<String> exercised;

  ConformingApi(Api api, OpenApiDocument document) {
    this(api, document, new TreeSet<>());
  }

  private ConformingApi(Api api, OpenApiDocument document, Set<String> exercised) {
    this.api = api;
    this.document = document;
    this.validator = new SchemaValidator(document);
    this.exercised = exercised;
  }

  /** The same checks and record, over another client (another caller's token, say). */
  ConformingApi with(Api other) {
    return new ConformingApi(other, document, exercised);
  }

  ConformingApi bearer(String token) {
    return with(api.bearer(token));
  }

  /** The keys ({@code METHOD path}) of the documented operations these callers have made. */
  Set<String> exercisedOperations() {
    return exercised().stream()
        .map(entry -> entry.substring(0, entry.lastIndexOf(" → ")))
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  Set<String> exercised() {
    return exercised;
  }

  Api.Reply get(String path) {
    return checked("GET", path, api.get(path));
  }

  Api.Reply delete(String path) {
    return checked("DELETE", path, api.delete(path));
  }

  Api.Reply post(String path, Object body) {
    return checked("POST", path, api.post(path, body));
  }

  Api.Reply put(String path, Object body) {
    return checked("PUT", path, api.put(path, body));
  }

  Api.Reply patch(String path, Object body) {
    return checked("PATCH", path, api.patch(path, body));
  }

  Api.Reply send(String method, String path, String body, String contentType) {
    return checked(method, path, api.send(method, path, body, contentType));
  }

  /** Uploads {@code bytes} as the file in the multipart field {@code field}, then checks. */
  Api.Reply upload(String method, String path, String field, String filename, byte[] bytes) {
    return checked(
        method, path, api.upload(method, path, field, filename, "image/png", bytes, Map.of()));
  }

  private Api.Reply checked(String method, String path, Api.Reply reply) {
    List<String> errors = new ArrayList<>();
    var operation = document.operation(method, path);
    if (operation.isEmpty()) {
      throw new AssertionError(method + " " + path + " is not in the document; got " + reply);
    }
    String where = operation.get().key() + " → " + reply.status();
    var response = document.response(operation.get(), reply.status());
    if (response.isEmpty()) {
      throw new AssertionError(
          "Status "
              + reply.status()
              + " of "
              + operation.get().key()
              + " is not documented; got "
              + reply);
    }
    checkHeaders(response.get(), reply, errors);
    checkContent(response.get(), reply, path, errors);
    if (!errors.isEmpty()) {
      throw new AssertionError(where + " does not conform:\n  " + String.join("\n  ", errors));
    }
    synchronized (exercised) {
      exercised.add(where);
    }
    return reply;
  }

  private void checkHeaders(JsonNode response, Api.Reply reply, List<String> errors) {
    response
        .path("headers")
        .fields()
        .forEachRemaining(
            header -> {
              JsonNode spec = document.resolve(header.getValue());
              String value = reply.header(header.getKey());
              if (spec.path("required").asBoolean() && value == null) {
                errors.add("the header " + header.getKey() + " is missing");
              }
              if (value != null && "integer".equals(spec.path("schema").path("type").asText())) {
                try {
                  long number = Long.parseLong(value.strip());
                  if (number < spec.path("schema").path("minimum").asLong(Long.MIN_VALUE)) {
                    errors.add("the header " + header.getKey() + " is below its minimum");
                  }
                } catch (NumberFormatException e) {
                  errors.add("the header " + header.getKey() + " is not an integer: " + value);
                }
              }
            });
  }

  private void checkContent(JsonNode response, Api.Reply reply, String path, List<String> errors) {
    JsonNode content = response.get("content");
    if (content == null) {
      if (!reply.body().isEmpty()) {
        errors.add("no body is documented, yet one came: " + reply.body());
      }
      return;
    }
    String type = mediaType(reply.header("Content-Type"));
    JsonNode media = content.get(type);
    if (media == null) {
      errors.add("the content type " + type + " is not among " + fieldNames(content));
      return;
    }
    if (!type.endsWith("json")) {
      if (reply.body().isEmpty()) {
        errors.add("the body is empty");
      }
      return;
    }
    JsonNode body = reply.json();
    validator.validate(body, media.path("schema")).forEach(errors::add);
    if (type.equals("application/problem+json")) {
      checkProblem(body, reply, path, errors);
    }
  }

  private static void checkProblem(
      JsonNode body, Api.Reply reply, String path, List<String> errors) {
    if (body.path("status").asInt() != reply.status()) {
      errors.add("the problem's status " + body.path("status") + " is not the response's");
    }
    if (!body.path("instance").asText().equals(path.split("\\?", 2)[0])) {
      errors.add("the problem's instance " + body.path("instance") + " is not the path " + path);
    }
    if (!body.path("request_id").asText().equals(reply.header("X-Request-Id"))) {
      errors.add("the problem's request_id is not the X-Request-Id header");
    }
  }

  private static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Request bodies as maps, for brevity at the call sites. */
  static Map<String, Object> body(Object... keysAndValues) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      body.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return body;
  }
}
