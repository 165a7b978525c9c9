package dev.motorhub.adapters.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The optional conditions of a search, each with the value it binds, joined by {@code and}. */
final class Conditions {
  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> values = new HashMap<>();

  /** Adds {@code clause}, which refers to {@code :name}, when {@code value} is present. */
  Conditions add(String clause, String name, Optional<?> value) {
    value.ifPresent(
        v -> {
          clauses.add(clause);
          values.put(name, v);
        });
    return this;
  }

  /** Adds that {@code column} contains {@code part} regardless of case, when it is present. */
  Conditions contains(String column, String name, Optional<String> part) {
    return add(
        "strpos(lower(" + column + "), :" + name + ") > 0",
        name,
        part.map(p -> p.toLowerCase(Locale.ROOT)));
  }

  /**
   * Adds that {@code column} contains {@code part} regardless of case, as a {@code like} that a
   * trigram index on {@code lower(column)} serves; wildcards in the part match only themselves.
   */
  Conditions like(String column, String name, Optional<String> part) {
    return add(
        "lower(" + column + ") like :" + name + " escape '!'",
        name,
        part.map(p -> "%" + escapeLike(p.toLowerCase(Locale.ROOT)) + "%"));
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** These conditions in a new set, to which more may be added without changing this one. */
  Conditions copy() {
    Conditions copy = new Conditions();
    copy.clauses.addAll(clauses);
    copy.values.putAll(values);
    return copy;
  }

  /** A {@code where} clause, or nothing when no condition was added. */
  String where() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  Map<String, Object> values() {
    return values;
  }
}
