package dev.motorhub.adapters.http.seed.orders;

import dev.motorhub.domain.shared.NotFound;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/**
 * DRF's page-number pagination as the seed answers its lists: ten a page, {@code ?page=} from 1,
 * and {@code {count, next, previous, results}} where {@code next} and {@code previous} are the
 * addresses of the neighbouring pages (the first page's without {@code page}). A page that is not a
 * positive number or lies past the last is not found ({@code "Invalid page."}).
 */
final class NumberedPages {
  static final int SIZE = 10;
  static final String PAGE_NOT_FOUND = "Page not found.";

  record PageView<T>(long count, String next, String previous, List<T> results) {}

  private NumberedPages() {}

  static <T, R> PageView<R> of(Context ctx, List<T> all, Function<T, R> view) {
    int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
    int page = number(ctx.queryParam("page"), pages);
    List<R> results =
        all.subList((page - 1) * SIZE, Math.min(all.size(), page * SIZE)).stream()
            .map(view)
            .toList();
    return new PageView<>(
        all.size(),
        page < pages ? address(ctx, page + 1) : null,
        page > 1 ? address(ctx, page - 1) : null,
        results);
  }

  private static int number(String text, int pages) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(text.strip());
      if (page >= 1 && page <= pages) {
        return page;
      }
    } catch (NumberFormatException e) {
      // answered below, as a page out of range is
    }
    throw new NotFound("Page");
  }

  private static String address(Context ctx, int page) {
    String base = ctx.scheme() + "://" + ctx.host() + ctx.path();
    return page == 1 ? base : base + "?page=" + page;
  }
}
