package dev.motorhub.adapters.http.edge;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.motorhub.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values each kind of field must refuse, with the message it answers: text no store keeps (NUL,
 * a lone surrogate, anywhere inside the value), JSON of another type, and amounts written other
 * than as plain digits with at most two decimals. A {@link RawValue} goes into the body as written,
 * for what a client's JSON library would not write itself.
 */
final class BadValues {
  static final String NUL = "Null characters are not allowed.";
  static final String SURROGATE = "Surrogate characters are not allowed: U+D800.";
  static final String NOT_A_STRING = "Not a valid string.";
  static final String NEGATIVE = "Ensure this value is greater than or equal to 0.";

  /** One bad value: what it is, the JSON sent, and the message expected on the field. */
  record Bad(String what, Object json, String message) {}

  private BadValues() {}

  /**
   * For a text field; a number is text on the seed routes (as DRF reads it), not on {@code /v1}.
   */
  static List<Bad> text(boolean seed) {
    List<Bad> bad = new ArrayList<>(unkeepable());
    bad.add(new Bad("true", true, NOT_A_STRING));
    bad.add(new Bad("an object", Map.of("first", "x"), NOT_A_STRING));
    bad.add(new Bad("a list of two", List.of("x", "y"), NOT_A_STRING));
    if (!seed) {
      bad.add(new Bad("a number", 5, NOT_A_STRING));
    }
    return bad;
  }

  /** For an amount, which takes a string or a JSON number of plain digits. */
  static List<Bad> amount() {
    List<Bad> bad = new ArrayList<>(unkeepable());
    for (String text : List.of("1e3", "+5.00", " 5.00 ", "5,00", "\u0665\u0660\u0660", "0x10")) {
      bad.add(new Bad('"' + text + '"', text, Money.NOT_AN_AMOUNT));
    }
    bad.add(new Bad("\"5.001\"", "5.001", "Use at most 2 decimal places."));
    bad.add(new Bad("\"-5\"", "-5", NEGATIVE));
    bad.add(new Bad("-5", new RawValue("-5"), NEGATIVE));
    bad.add(new Bad("1e3", new RawValue("1e3"), Money.NOT_AN_AMOUNT));
    bad.add(new Bad("5.5E0", new RawValue("5.5E0"), Money.NOT_AN_AMOUNT));
    bad.add(new Bad("true", true, Money.NOT_AN_AMOUNT));
    bad.add(new Bad("an object", Map.of("amount", "5.00"), Money.NOT_AN_AMOUNT));
    return bad;
  }

  /** What no store keeps, however deep in the value. */
  private static List<Bad> unkeepable() {
    return List.of(
        new Bad("a NUL", "a\u0000b", NUL),
        new Bad("a lone surrogate", new RawValue("\"a\\ud800b\""), SURROGATE),
        new Bad("a NUL deep inside", Map.of("inner", List.of("a\u0000b")), NUL),
        new Bad("a NUL in a nested name", Map.of("in\u0000ner", "x"), NUL));
  }
}
