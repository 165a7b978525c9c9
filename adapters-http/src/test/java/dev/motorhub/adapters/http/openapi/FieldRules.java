package dev.motorhub.adapters.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules the OpenAPI document states on the fields of a request body, each paired with a value
 * that breaks it: for every {@code minLength}, {@code maxLength}, {@code pattern}, {@code format},
 * {@code enum}, {@code minimum} and {@code maximum} on a property (followed through {@code $ref},
 * {@code allOf} and {@code anyOf}), a value the document refuses for that property. Lengths are
 * broken by cutting or stretching a valid example, so that the length alone is at fault.
 */
final class FieldRules {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> ODD_TEXTS = List.of("!", "#?", "x", "1", "ab");
  private final OpenApiDocument document;
  private final SchemaValidator validator;

  FieldRules(OpenApiDocument document) {
    this.document = document;
    this.validator = new SchemaValidator(document);
  }

  /** A rule the document states on a field, and a value breaking it. */
  record Breach(String field, String rule, JsonNode value) {
    @Override
    public String toString() {
      String text = value.toString();
      return field
          + " ("
          + rule
          + "): "
          + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
  }

  /** The schema of the operation's JSON request body, if it takes one. */
  Optional<JsonNode> jsonBody(OpenApiDocument.Operation operation) {
    JsonNode body = document.resolve(operation.node().path("requestBody"));
    return Optional.of(body.path("content").path("application/json").path("schema"))
        .filter(schema -> !schema.isMissingNode());
  }

  /** Every stated rule of every property of {@code schema}; {@code example} holds valid values. */
  List<Breach> breaches(JsonNode schema, Map<String, JsonNode> example) {
    List<Breach> breaches = new ArrayList<>();
    properties(schema)
        .forEach(
            (field, schemas) -> {
              Map<String, JsonNode> candidates = new LinkedHashMap<>();
              schemas.forEach(s -> collect(s, example.get(field), candidates));
              candidates.forEach(
                  (rule, value) -> {
                    if (schemas.stream().anyMatch(s -> !validator.validate(value, s).isEmpty())) {
                      breaches.add(new Breach(field, rule, value));
                    }
                  });
            });
    return breaches;
  }

  /** The properties of an object schema, each with every schema that applies to it. */
  private Map<String, List<JsonNode>> properties(JsonNode schemaOrRef) {
    Map<String, List<JsonNode>> properties = new LinkedHashMap<>();
    JsonNode schema = document.resolve(schemaOrRef);
    schema
        .path("allOf")
        .forEach(
            part ->
                properties(part)
                    .forEach(
                        (name, schemas) ->
                            properties
                                .computeIfAbsent(name, n -> new ArrayList<>())
                                .addAll(schemas)));
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            p -> properties.computeIfAbsent(p.getKey(), n -> new ArrayList<>()).add(p.getValue()));
    return properties;
  }

  /** Values breaking each rule of {@code schemaOrRef} and of the schemas it is made of. */
  private void collect(JsonNode schemaOrRef, JsonNode example, Map<String, JsonNode> candidates) {
    JsonNode schema = document.resolve(schemaOrRef);
    schema.path("allOf").forEach(part -> collect(part, example, candidates));
    schema.path("anyOf").forEach(option -> collect(option, example, candidates));
    String text = example != null && example.isTextual() ? example.textValue() : "x";
    if (schema.has("minLength") && schema.get("minLength").asInt() > 0) {
      int length = schema.get("minLength").asInt() - 1;
      candidates.put("minLength " + (length + 1), NODES.textNode(cut(text, length)));
    }
    if (schema.has("maxLength")) {
      int length = schema.get("maxLength").asInt() + 1;
      candidates.put("maxLength " + (length - 1), NODES.textNode(stretch(text, length)));
    }
    if (schema.has("pattern")) {
      Pattern pattern = Pattern.compile(schema.get("pattern").asText());
      ODD_TEXTS.stream()
          .filter(odd -> !pattern.matcher(odd).find())
          .findFirst()
          .ifPresent(odd -> candidates.put("pattern " + pattern, NODES.textNode(odd)));
    }
    switch (schema.path("format").asText()) {
      case "date" -> candidates.put("format date", NODES.textNode("01/05/1990"));
      case "uuid" -> candidates.put("format uuid", NODES.textNode("not-a-uuid"));
      case "email" -> candidates.put("format email", NODES.textNode("not-an-email"));
      default -> {}
    }
    if (schema.has("enum")) {
      candidates.put("enum", NODES.textNode("not-a-choice"));
    }
    if (schema.has("minimum")) {
      long below = schema.get("minimum").asLong() - 1;
      candidates.put("minimum " + (below + 1), NODES.numberNode(below));
    }
    if (schema.has("maximum")) {
      long above = schema.get("maximum").asLong() + 1;
      candidates.put("maximum " + (above - 1), NODES.numberNode(above));
    }
  }

  private static String cut(String text, int length) {
    return text.length() >= length ? text.substring(0, length) : "x".repeat(length);
  }

  private static String stretch(String text, int length) {
    String pad = text.isEmpty() ? "x" : text.substring(text.length() - 1);
    return text + pad.repeat(Math.max(0, length - text.length()));
  }
}
