package dev.motorhub.adapters.http.edge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.edge.EdgeWorld.Caller;
import dev.motorhub.adapters.http.edge.InputCase.Kind;
import dev.motorhub.adapters.http.openapi.OpenApiDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of the {@code /v1} routes as the OpenAPI document declares them: every property of a
 * JSON request body typed as a string (text) or as a string or a number (an amount), and every
 * query parameter. A route added to the document is screened without a line written here.
 */
final class DocumentedInputs {
  private static final Map<String, Map<String, Object>> BASES =
      Map.ofEntries(
          Map.entry(
              "POST /v1/subscription-plans",
              Map.of("name", "Screened plan", "price", "1.00", "duration_days", 30)),
          Map.entry(
              "POST /v1/services",
              Map.of("kind", "lease", "name", "Screened service", "fee", "1.00")),
          Map.entry(
              "POST /v1/trades/{id}/proposals",
              Map.of("amount", "100.00", "term_days", 30, "payment_frequency", "monthly")),
          Map.entry(
              "POST /v1/proposals/{id}/counter",
              Map.of("amount", "100.00", "term_days", 30, "payment_frequency", "monthly")),
          Map.entry("POST /v1/invoices/{id}/payments", Map.of("card_id", "{credit-cards}")),
          Map.entry(
              "PUT /v1/users/{id}",
              Map.of("username", "edge_spare", "email", "edge_spare@example.com")),
          Map.entry("POST /v1/service-kinds", Map.of("code", "edge_kind", "name", "Edge kind")),
          Map.entry("POST /v1/mechanics", Map.of("account_id", "{mechanics}")),
          Map.entry(
              "POST /v1/service-requests",
              Map.of(
                  "service_kind",
                  "oil_change",
                  "service_description",
                  "Edge",
                  "requested_date",
                  "{date}")),
          Map.entry(
              "POST /v1/service-requests/{id}/cost-lines",
              Map.of("description", "Labour", "unit_price", "1.00")),
          Map.entry(
              "POST /v1/orders",
              Map.of("customer_id", "{standalone-customers}", "item", "Edge", "amount", "5")));
  private static final List<String> OWNERS_ROUTES =
      List.of(
          "/v1/auth/",
          "/v1/me",
          "/v1/vehicles",
          "/v1/credit-cards",
          "/v1/contacts",
          "/v1/trades",
          "/v1/invoices/{id}/payments");

  private DocumentedInputs() {}

  static List<InputCase> all() {
    OpenApiDocument document = OpenApiDocument.load();
    List<InputCase> cases = new ArrayList<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      String method = operation.method().toUpperCase(Locale.ROOT);
      Caller caller = caller(operation.path());
      Map<String, Object> base = BASES.getOrDefault(operation.key(), Map.of());
      JsonNode json =
          document
              .resolve(operation.node().path("requestBody"))
              .path("content")
              .path("application/json")
              .path("schema");
      properties(document, json)
          .forEach(
              (name, schema) ->
                  kind(schema)
                      .ifPresent(
                          kind ->
                              cases.add(
                                  new InputCase(
                                      method, operation.path(), caller, name, kind, base))));
      for (JsonNode parameter : operation.node().path("parameters")) {
        JsonNode resolved = document.resolve(parameter);
        if (resolved.path("in").asText().equals("query")) {
          cases.add(
              new InputCase(
                  method,
                  operation.path(),
                  caller,
                  resolved.path("name").asText(),
                  Kind.QUERY,
                  Map.of()));
        }
      }
    }
    return cases;
  }

  /** Who may reach the reading of a route's input: the buyer counters, the owner trades. */
  private static Caller caller(String path) {
    if (List.of("/v1/auth/register", "/v1/auth/login", "/v1/auth/refresh").contains(path)) {
      return Caller.ANONYMOUS;
    }
    if (path.equals("/v1/proposals/{id}/counter")) {
      return Caller.BUYER;
    }
    return OWNERS_ROUTES.stream().anyMatch(path::startsWith) ? Caller.OWNER : Caller.ROOT;
  }

  /** The properties of a schema, those of each part of an {@code allOf} included. */
  private static Map<String, JsonNode> properties(OpenApiDocument document, JsonNode schema) {
    JsonNode resolved = document.resolve(schema);
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    resolved.path("allOf").forEach(part -> properties.putAll(properties(document, part)));
    resolved
        .path("properties")
        .fields()
        .forEachRemaining(p -> properties.put(p.getKey(), document.resolve(p.getValue())));
    return properties;
  }

  /** Text for a string, an amount for a string or a number; nothing for other types. */
  private static Optional<Kind> kind(JsonNode schema) {
    List<String> types = new ArrayList<>();
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    if (!types.contains("string")) {
      return Optional.empty();
    }
    return Optional.of(types.contains("number") ? Kind.AMOUNT : Kind.TEXT);
  }
}
