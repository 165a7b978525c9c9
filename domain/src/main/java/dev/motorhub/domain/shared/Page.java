package dev.motorhub.domain.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** One page of a list and the cursor of the next page, if there is one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

  public Page {
    items = List.copyOf(items);
  }

  /**
   * Builds a page from up to {@code limit + 1} rows fetched in id order: the extra row, when
   * present, only tells that a next page exists.
   */
  public static <T> Page<T> fromFetched(List<T> rows, int limit, Function<T, UUID> id) {
    if (rows.size() <= limit) {
      return new Page<>(rows, Optional.empty());
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, Optional.of(PageRequest.cursorAfter(id.apply(items.getLast()))));
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor);
  }
}
