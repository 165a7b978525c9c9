package dev.motorhub.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request body as named fields, whatever the client sent: a JSON object, a form-encoded body or a
 * multipart form (DRF clients send all three). Values are read as the type a field needs; a value
 * of the wrong type is invalid input on that field, never a server error.
 */
public final class Body {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final String TOO_LARGE = "The request body is larger than this server accepts.";
  private final Map<String, JsonNode> fields;

  private Body(Map<String, JsonNode> fields) {
    this.fields = fields;
  }

  public static Body empty() {
    return new Body(Map.of());
  }

  /** Reads the body of {@code ctx}; an empty body is an empty set of fields. */
  public static Body of(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("multipart/form-data")) {
      Map<String, JsonNode> form = new LinkedHashMap<>();
      formFields(ctx)
          .forEach(
              (name, values) -> {
                if (!values.isEmpty()) {
                  form.put(name, MAPPER.getNodeFactory().textNode(values.getFirst()));
                }
              });
      return new Body(form);
    }
    String text = ctx.body();
    if (text.isBlank()) {
      return empty();
    }
    return parseJson(text);
  }

  /**
   * The fields of a form body. A body too large is the server's 413; any other failure to read the
   * form (a broken multipart body, a missing boundary) is the client's malformed body, not a 500.
   */
  private static Map<String, List<String>> formFields(Context ctx) {
    try {
      return ctx.formParamMap();
    } catch (HttpResponseException javalinStatus) {
      throw javalinStatus;
    } catch (Exception unreadable) { // Jetty throws ServletException undeclared, through Kotlin
      throw MultipartFailures.of(unreadable, ctx, TOO_LARGE);
    }
  }

  static Body parseJson(String text) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new MalformedBody("The request body is not valid JSON.");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new MalformedBody("The request body must be a JSON object.");
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
    return new Body(fields);
  }

  public boolean has(String field) {
    JsonNode node = fields.get(field);
    return node != null && !node.isNull();
  }

  /** The field as text (numbers and booleans are accepted as their text), or null if absent. */
  public String text(String field) {
    JsonNode node = fields.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    throw InvalidInput.of(field, "Not a valid string.");
  }

  /**
   * As {@link #text}, also taking a list of exactly one value as that value: for a choice that a
   * seed documents as the list of its options, which clients then send as a list of one.
   */
  public String choice(String field) {
    JsonNode node = fields.get(field);
    if (node != null && node.isArray() && node.size() == 1 && node.get(0).isValueNode()) {
      return node.get(0).isNull() ? null : node.get(0).asText();
    }
    return text(field);
  }

  /** The field as a whole number, or null if absent or empty. */
  public Integer integer(String field) {
    JsonNode node = fields.get(field);
    if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.isTextual()) {
      try {
        return Integer.parseInt(node.asText().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw InvalidInput.of(field, "A valid integer is required.");
  }

  /** The field as a boolean (true/false, 1/0, "true"/"false"), or null if absent. */
  public Boolean bool(String field) {
    JsonNode node = fields.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    String text = node.asText().strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw InvalidInput.of(field, "Must be a valid boolean.");
    };
  }

  /** The first of the fields that is present, as text: for the same value under several names. */
  public String firstText(String... names) {
    for (String name : names) {
      if (has(name)) {
        return text(name);
      }
    }
    return null;
  }

  /** Refuses a body that lacks any of {@code names}, naming each missing one. */
  public Body requireAll(List<String> names) {
    Violations violations = new Violations();
    names.forEach(name -> violations.require(text(name), name));
    violations.throwIfAny();
    return this;
  }

  /** Refuses a body that names none of the fields a route reads. */
  public Body requireAny(List<String> names) {
    if (names.stream().noneMatch(fields::containsKey)) {
      throw InvalidInput.of(names.getFirst(), "This field is required.");
    }
    return this;
  }
}
