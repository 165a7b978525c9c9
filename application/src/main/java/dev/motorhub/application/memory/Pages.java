package dev.motorhub.application.memory;

import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** One keyset page of a table keyed by id: the rows that match after the cursor, in id order. */
final class Pages {
  private Pages() {}

  static <V> Page<V> of(
      Table<UUID, V> table, PageRequest page, Predicate<V> test, Function<V, UUID> id) {
    return Page.fromFetched(
        table.whereAfter(page.after(), test, page.limit() + 1), page.limit(), id);
  }
}
