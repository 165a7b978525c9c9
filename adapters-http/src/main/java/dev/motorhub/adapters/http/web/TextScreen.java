package dev.motorhub.adapters.http.web;

import dev.motorhub.domain.shared.Violations;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Refuses, at the edge, text that no store keeps as it was sent: the NUL character (PostgreSQL
 * cannot hold it) and UTF-16 surrogates that are not part of a pair (no encoding can). Bodies are
 * screened as {@link Body} reads them, query parameters before any route runs; the answer is 400
 * naming each field at fault, whose own name is shown with such characters replaced by U+FFFD.
 */
public final class TextScreen {
  private TextScreen() {}

  /** Before every request: the names and values of its query parameters. */
  public static void queryParameters(Context ctx) {
    fields(ctx.queryParamMap());
  }

  /** Refuses fields (a form's or a query's, each name with its values) naming every bad one. */
  static void fields(Map<String, List<String>> fields) {
    Violations violations = new Violations();
    fields.forEach(
        (name, values) -> {
          name(name, violations);
          values.forEach(value -> value(value, shown(name), violations));
        });
    violations.throwIfAny();
  }

  /** Records a field name that holds a character no store keeps. */
  static void name(String name, Violations violations) {
    String problem = problem(name, " in a field's name");
    if (problem != null) {
      violations.add(shown(name), problem);
    }
  }

  /** Records a value of {@code field} that holds a character no store keeps. */
  static void value(String value, String field, Violations violations) {
    String problem = problem(value, "");
    if (problem != null) {
      violations.add(field, problem);
    }
  }

  /** A field's name as an answer may show it: what no store keeps is replaced by U+FFFD. */
  static String shown(String name) {
    StringBuilder shown = new StringBuilder(name.length());
    name.codePoints().map(c -> unkeepable(c) ? '\uFFFD' : c).forEach(shown::appendCodePoint);
    return shown.toString();
  }

  /** What is wrong with {@code text} (found {@code where}), or null if nothing is. */
  private static String problem(String text, String where) {
    int first = text.codePoints().filter(TextScreen::unkeepable).findFirst().orElse(-1);
    return switch (first) {
      case -1 -> null;
      case 0 -> "Null characters are not allowed" + where + ".";
      default -> String.format("Surrogate characters are not allowed%s: U+%04X.", where, first);
    };
  }

  /** NUL, or a surrogate that {@link String#codePoints} found outside a pair. */
  private static boolean unkeepable(int codePoint) {
    return codePoint == 0 || Character.getType(codePoint) == Character.SURROGATE;
  }
}
