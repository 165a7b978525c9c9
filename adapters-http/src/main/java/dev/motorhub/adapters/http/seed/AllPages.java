package dev.motorhub.adapters.http.seed;

import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a paged list of the core to its end: the seeds answer their lists as one plain array, so
 * their routes walk the pages the core hands out.
 */
public final class AllPages {
  private AllPages() {}

  public static <T> List<T> of(Function<PageRequest, Page<T>> fetch) {
    return Page.all(fetch);
  }
}
