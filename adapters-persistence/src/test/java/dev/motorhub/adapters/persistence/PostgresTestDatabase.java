package dev.motorhub.adapters.persistence;

import dev.motorhub.domain.carcare.ServiceKind;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The PostgreSQL database of the adapter tests, named by {@code MOTORHUB_TEST_DATABASE_URL}:
 * migrated once per JVM, emptied before each test down to what the migrations seed (the default
 * service kinds). Tests fail, never skip, when it is unreachable.
 */
final class PostgresTestDatabase {
  private static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/motorhub_test?user=postgres";

  private static PostgresStore store;
  private static Jdbi admin;
  private static String truncateAll;

  private PostgresTestDatabase() {}

  static String url() {
    String url = System.getenv("MOTORHUB_TEST_DATABASE_URL");
    return url == null || url.isBlank() ? DEFAULT_URL : url;
  }

  /** The shared store, on a migrated database holding nothing but what the migrations seed. */
  static synchronized PostgresStore emptyStore() {
    if (store == null) {
      store = PostgresStore.connect(url(), 8);
      store.migrate();
      admin = Jdbi.create(url());
      truncateAll =
          admin.withHandle(
              h ->
                  "truncate table "
                      + h.createQuery(
                              """
                              select string_agg(quote_ident(tablename), ', ') from pg_tables
                              where schemaname = current_schema()
                                and tablename not in ('flyway_schema_history', 'service_kinds')""")
                          .mapTo(String.class)
                          .one()
                      + " cascade;"
                      + " delete from service_kinds where id not in ("
                      + ServiceKind.DEFAULTS.stream()
                          .map(kind -> "'" + kind.id() + "'")
                          .collect(Collectors.joining(", "))
                      + ")");
    }
    admin.useHandle(h -> h.execute(truncateAll));
    return store;
  }
}
