package dev.motorhub.adapters.persistence;

import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One page of a select in id order: the rows after the page's cursor that meet the conditions, one
 * more than the page holds fetched to tell whether a next page exists.
 */
final class PagedQuery {
  private PagedQuery() {}

  /**
   * The page of {@code select} (a query without {@code where}) whose rows meet {@code where}, in
   * the order of {@code idColumn}, mapped by {@code rows}; {@code id} reads a row's id for the
   * cursor.
   */
  static <T> Page<T> fetch(
      JdbiTransactions tx,
      String select,
      Conditions where,
      String idColumn,
      PageRequest page,
      RowMapper<T> rows,
      Function<T, UUID> id) {
    where.add(idColumn + " > :after", "after", page.after());
    return Page.fromFetched(
        tx.withHandle(
            h ->
                h.createQuery(select + where.where() + " order by " + idColumn + " limit :limit")
                    .bindMap(where.values())
                    .bind("limit", page.limit() + 1)
                    .map(rows)
                    .list()),
        page.limit(),
        id);
  }
}
