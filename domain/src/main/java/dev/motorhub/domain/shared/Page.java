package dev.motorhub.domain.shared;

import java.util.ArrayList;
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

  /** Every item of a list, fetched page after page of the largest size. */
  public static <T> List<T> all(Function<PageRequest, Page<T>> fetch) {
    List<T> items = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<T> page = fetch.apply(request);
      items.addAll(page.items());
      if (page.nextCursor().isEmpty()) {
        return items;
      }
      request = PageRequest.parse(Integer.toString(PageRequest.MAX_LIMIT), page.nextCursor().get());
    }
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor);
  }
}
