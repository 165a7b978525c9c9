package dev.motorhub.adapters.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Violations;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request body as named fields, whatever the client sent: a JSON object, a form-encoded body or a
 * multipart form (DRF clients send all three). Its text is screened as it is read ({@link
 * TextScreen}). Values are read as the type a field needs; a value of the wrong type is invalid
 * input on that field, never a server error. A text field takes a JSON string on {@code /v1}; on
 * the seed routes it also takes a number, as its text, as DRF's {@code CharField} does.
 */
public final class Body {
  private final Map<String, JsonNode> fields;
  private final boolean numbersAreText;

  private Body(Map<String, JsonNode> fields, boolean numbersAreText) {
    this.fields = fields;
    this.numbersAreText = numbersAreText;
  }

  /** Reads the body of {@code ctx}; an empty body is an empty set of fields. */
  public static Body of(Context ctx) {
    boolean numbersAreText = ErrorResponses.isSeedRoute(ctx.path());
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("multipart/form-data")) {
      return new Body(FormFields.read(ctx), numbersAreText);
    }
    String text = ctx.body();
    return new Body(text.isBlank() ? Map.of() : JsonFields.read(text), numbersAreText);
  }

  /** Whether the client sent the field at all, null included. */
  public boolean sent(String field) {
    return fields.containsKey(field);
  }

  public boolean has(String field) {
    JsonNode node = fields.get(field);
    return node != null && !node.isNull();
  }

  /** Whether the body names {@code field} at all, even as {@code null}. */
  public boolean names(String field) {
    return fields.containsKey(field);
  }

  /**
   * The field as an object of whole numbers by name, each as its text (a JSON number or string), or
   * null if absent.
   */
  public Map<String, String> integers(String field) {
    JsonNode node = fields.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw InvalidInput.of(field, "Expected an object of whole numbers by name.");
    }
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (var entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (!value.isIntegralNumber() && !value.isTextual()) {
        throw InvalidInput.of(field + "." + entry.getKey(), "A valid integer is required.");
      }
      values.put(entry.getKey(), value.asText());
    }
    return values;
  }

  /** The field as text, or null if absent; see the class for what counts as text. */
  public String text(String field) {
    return text(field, fields.get(field));
  }

  private String text(String field, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual() || numbersAreText && node.isNumber()) {
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
    return node != null && node.isArray() && node.size() == 1
        ? text(field, node.get(0))
        : text(field);
  }

  /**
   * The field as the text of a whole number, for a form that parses it itself: a string or a JSON
   * number; null if absent.
   */
  public String integerText(String field) {
    JsonNode node = fields.get(field);
    if (node != null && (node.isBoolean() || node.isContainerNode())) {
      throw InvalidInput.of(field, "A valid integer is required.");
    }
    return node == null || node.isNull() ? null : node.asText();
  }

  /**
   * The field as the text of an amount, for {@link Money#parse}: a string, or a JSON number written
   * plainly ({@code 5}, {@code 5.50}; {@code 5e2} is refused); null if absent.
   */
  public String amount(String field) {
    JsonNode node = fields.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isIntegralNumber() || node.isBigDecimal()) {
      return node.decimalValue().toPlainString();
    }
    throw InvalidInput.of(field, Money.NOT_AN_AMOUNT);
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

  /**
   * The field as a list of texts, or null if absent: a JSON array of strings, or one string of
   * values separated by commas (as a form sends a list).
   */
  public List<String> texts(String field) {
    JsonNode node = fields.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> texts = new ArrayList<>();
      node.forEach(item -> texts.add(text(field, item)));
      return texts;
    }
    return Arrays.stream(text(field).split(","))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
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

  /** The names of every field sent, in no particular order. */
  public java.util.Set<String> names() {
    return java.util.Set.copyOf(fields.keySet());
  }

  /** The field as a JSON {@code true} or {@code false} only (absent: null); nothing else. */
  public Boolean strictBool(String field) {
    JsonNode node = fields.get(field);
    if (node == null) {
      return null;
    }
    if (!node.isBoolean()) {
      throw InvalidInput.of(field, "Must be true or false.");
    }
    return node.booleanValue();
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
