package dev.motorhub.adapters.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * A small JSON Schema validator for the subset the OpenAPI document uses: {@code $ref}, {@code
 * type} (one or several, {@code "null"} included), {@code enum}, {@code format} ({@code uuid},
 * {@code date-time} in UTC, {@code date}, {@code email}, {@code password}), {@code pattern}, string
 * lengths, numeric bounds, {@code required}, {@code properties}, {@code additionalProperties}
 * (false or a schema), {@code items}, {@code allOf} and {@code anyOf}. {@link #KEYWORDS} lists
 * them, so that a test can refuse a document that uses a keyword this validator would ignore.
 */
final class SchemaValidator {
  /** Every schema keyword the validator understands, or knowingly ignores as annotation. */
  static final Set<String> KEYWORDS =
      Set.of(
          "$ref",
          "type",
          "enum",
          "format",
          "pattern",
          "minLength",
          "maxLength",
          "minimum",
          "maximum",
          "required",
          "properties",
          "additionalProperties",
          "items",
          "allOf",
          "anyOf",
          // annotations only
          "description",
          "default",
          "title");

  static final Set<String> FORMATS = Set.of("uuid", "date-time", "date", "email", "password");

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final OpenApiDocument document;

  SchemaValidator(OpenApiDocument document) {
    this.document = document;
  }

  /** What is wrong with {@code value} against {@code schema}; empty when it conforms. */
  List<String> validate(JsonNode value, JsonNode schema) {
    List<String> errors = new ArrayList<>();
    check(value, schema, "$", errors);
    return errors;
  }

  private void check(JsonNode value, JsonNode schemaOrRef, String at, List<String> errors) {
    JsonNode schema = document.resolve(schemaOrRef);
    for (JsonNode part : schema.path("allOf")) {
      check(value, part, at, errors);
    }
    if (schema.has("anyOf")) {
      List<String> reasons = new ArrayList<>();
      boolean matched = false;
      for (JsonNode option : schema.get("anyOf")) {
        List<String> optionErrors = validate(value, option);
        matched |= optionErrors.isEmpty();
        reasons.addAll(
            optionErrors.stream()
                .map(e -> e.replaceFirst("^\\$", Matcher.quoteReplacement(at)))
                .toList());
      }
      if (!matched) {
        errors.add(at + ": " + brief(value) + " matches no option of anyOf: " + reasons);
      }
    }
    if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
      errors.add(at + ": " + brief(value) + " is not of type " + schema.get("type"));
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      errors.add(at + ": " + brief(value) + " is not one of " + schema.get("enum"));
    }
    if (value.isTextual()) {
      checkString(value.textValue(), schema, at, errors);
    }
    if (value.isNumber()) {
      checkNumber(value, schema, at, errors);
    }
    if (value.isObject()) {
      checkObject(value, schema, at, errors);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), at + "[" + i + "]", errors);
      }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String at, List<String> errors) {
    for (JsonNode name : schema.path("required")) {
      if (!value.has(name.asText())) {
        errors.add(at + ": the required property '" + name.asText() + "' is missing");
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    value
        .fields()
        .forEachRemaining(
            field -> {
              String where = at + "." + field.getKey();
              if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), where, errors);
              } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                errors.add(where + ": this property is not in the schema");
              } else if (additional != null && additional.isObject()) {
                check(field.getValue(), additional, where, errors);
              }
            });
  }

  private static void checkString(String text, JsonNode schema, String at, List<String> errors) {
    if (schema.has("pattern")
        && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
      errors.add(at + ": '" + text + "' does not match " + schema.get("pattern").asText());
    }
    if (schema.has("minLength")
        && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
      errors.add(at + ": '" + text + "' is shorter than " + schema.get("minLength"));
    }
    if (schema.has("maxLength")
        && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
      errors.add(at + ": the text is longer than " + schema.get("maxLength"));
    }
    if (schema.has("format") && !formatMatches(schema.get("format").asText(), text)) {
      errors.add(at + ": '" + text + "' is not a valid " + schema.get("format").asText());
    }
  }

  private static void checkNumber(JsonNode value, JsonNode schema, String at, List<String> errors) {
    if (schema.has("minimum")
        && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
      errors.add(at + ": " + value + " is below the minimum " + schema.get("minimum"));
    }
    if (schema.has("maximum")
        && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
      errors.add(at + ": " + value + " is above the maximum " + schema.get("maximum"));
    }
  }

  private static boolean typeMatches(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      return StreamSupport.stream(type.spliterator(), false)
          .anyMatch(t -> typeMatches(value, t.asText()));
    }
    return typeMatches(value, type.asText());
  }

  private static boolean typeMatches(JsonNode value, String type) {
    return switch (type) {
      case "null" -> value.isNull();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "integer" ->
          value.isIntegralNumber()
              || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
      case "number" -> value.isNumber();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> throw new IllegalStateException("Unknown type in the document: " + type);
    };
  }

  /** The formats the document uses; its times are UTC, as it says. */
  static boolean formatMatches(String format, String text) {
    try {
      return switch (format) {
        case "uuid" -> UUID.matcher(text).matches();
        case "date-time" ->
            OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .getOffset()
                .equals(ZoneOffset.UTC);
        case "date" -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE) != null;
        case "email" -> text.indexOf('@') > 0 && text.indexOf('@') < text.length() - 1;
        case "password" -> true;
        default -> throw new IllegalStateException("Unknown format in the document: " + format);
      };
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean contains(JsonNode options, JsonNode value) {
    return StreamSupport.stream(options.spliterator(), false).anyMatch(value::equals);
  }

  private static String brief(JsonNode value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
