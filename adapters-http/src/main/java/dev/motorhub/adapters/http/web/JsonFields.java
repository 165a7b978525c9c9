package dev.motorhub.adapters.http.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motorhub.domain.shared.Violations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON object body into its top-level fields, screening every string and every name on the
 * way ({@link TextScreen}; what is wrong deep inside a field is reported on that field). A number
 * keeps the form it was written in: with an exponent it is read as a double, plainly as an exact
 * decimal or an integer, so that an amount can refuse {@code 1e3} while taking {@code 5.50}.
 */
final class JsonFields {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonFields() {}

  static Map<String, JsonNode> read(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedBody("The request body must be a JSON object.");
      }
      Violations violations = new Violations();
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        TextScreen.name(name, violations);
        parser.nextToken();
        fields.put(name, value(parser, TextScreen.shown(name), violations));
      }
      if (parser.nextToken() != null) {
        throw new MalformedBody("The request body is not valid JSON.");
      }
      violations.throwIfAny();
      return fields;
    } catch (JsonProcessingException e) {
      throw new MalformedBody("The request body is not valid JSON.");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String is never short of input
    }
  }

  /**
   * The value the parser stands on, read to its end; bad text in it is recorded on {@code field}.
   */
  private static JsonNode value(JsonParser parser, String field, Violations violations)
      throws IOException {
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          TextScreen.value(name, field, violations);
          parser.nextToken();
          object.set(name, value(parser, field, violations));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, field, violations));
        }
        yield array;
      }
      case VALUE_STRING -> {
        String text = parser.getText();
        TextScreen.value(text, field, violations);
        yield NODES.textNode(text);
      }
      case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT -> number(parser.getText());
      case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
      default -> NODES.nullNode();
    };
  }

  private static JsonNode number(String written) {
    return written.indexOf('e') >= 0 || written.indexOf('E') >= 0
        ? NODES.numberNode(Double.parseDouble(written))
        : NODES.numberNode(new BigDecimal(written));
  }
}
