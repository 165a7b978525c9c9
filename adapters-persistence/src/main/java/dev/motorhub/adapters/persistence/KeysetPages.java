package dev.motorhub.adapters.persistence;

import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A search paged by id (keyset paging): the rows after the cursor's id in id order, one more than
 * the page holds, whose presence tells that another page follows.
 */
final class KeysetPages<T> {
  /** Reads what a query selects, once its values are bound. */
  @FunctionalInterface
  interface Reader<T> {
    List<T> read(Handle handle, String sql, Map<String, Object> values);
  }

  private final String select;
  private final String idColumn;
  private final Reader<T> reader;
  private final Function<T, UUID> id;

  /** Pages of what {@code select} reads, one item a row, in the order of {@code idColumn}. */
  KeysetPages(String select, String idColumn, RowMapper<T> rows, Function<T, UUID> id) {
    this(
        select,
        idColumn,
        (handle, sql, values) -> handle.createQuery(sql).bindMap(values).map(rows).list(),
        id);
  }

  /** Pages of what {@code reader} reads of {@code select}, in the order of {@code idColumn}. */
  KeysetPages(String select, String idColumn, Reader<T> reader, Function<T, UUID> id) {
    this.select = select;
    this.idColumn = idColumn;
    this.reader = reader;
    this.id = id;
  }

  /** The page of the items that meet {@code where}, read in the current unit of work. */
  Page<T> page(JdbiTransactions tx, Conditions where, PageRequest page) {
    return page(tx, where, page, false);
  }

  /**
   * The page of the items that meet {@code where}, in descending id order when {@code descending}
   * (the cursor then names the last item seen, and the page holds the items before it).
   */
  Page<T> page(JdbiTransactions tx, Conditions where, PageRequest page, boolean descending) {
    Conditions keyed =
        where
            .copy()
            .add(idColumn + (descending ? " < :after" : " > :after"), "after", page.after());
    Map<String, Object> values = new HashMap<>(keyed.values());
    values.put("limit", page.limit() + 1);
    String sql =
        select
            + keyed.where()
            + " order by "
            + idColumn
            + (descending ? " desc" : "")
            + " limit :limit";
    return Page.fromFetched(tx.withHandle(h -> reader.read(h, sql, values)), page.limit(), id);
  }
}
