package dev.motorhub.adapters.http.seed;

import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a paged list of the core to its end: the seeds answer their lists as one plain array, so
 * their routes walk the pages the core hands out.
 */
public final class AllPages {
  private AllPages() {}

  public static <T> List<T> of(Function<PageRequest, Page<T>> fetch) {
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
}
