package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keyset paging on PostgreSQL: every row once, in id order, through cursors, under conditions. */
class KeysetPagesTest {
  private static final KeysetPages<Probe> PROBES =
      new KeysetPages<>(
          "select p.id, p.kind from keyset_probe p",
          "p.id",
          (rs, ctx) -> new Probe(rs.getObject("id", UUID.class), rs.getString("kind")),
          Probe::id);

  /** A row of the probe table. */
  private record Probe(UUID id, String kind) {}

  private final Jdbi jdbi = Jdbi.create(PostgresTestDatabase.url());
  private final JdbiTransactions tx = new JdbiTransactions(jdbi);

  @BeforeEach
  void aProbeTable() {
    jdbi.useHandle(
        h -> {
          h.execute("drop table if exists keyset_probe");
          h.execute("create table keyset_probe (id uuid primary key, kind text)");
        });
  }

  @AfterEach
  void dropTheProbeTable() {
    jdbi.useHandle(h -> h.execute("drop table keyset_probe"));
  }

  @Test
  void pagesFollowingTheirCursors_holdEveryRowOnce_inIdOrder() {
    List<Probe> rows = insert(7, "car");

    List<Page<Probe>> pages = allPages(new Conditions(), 3);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(3, 3, 1);
    assertThat(pages.stream().flatMap(p -> p.items().stream())).containsExactlyElementsOf(rows);
  }

  @Test
  void aPageThatEndsTheList_hasNoCursor_evenWhenFull() {
    List<Probe> rows = insert(3, "car");

    Page<Probe> page = PROBES.page(tx, new Conditions(), PageRequest.first(3));

    assertThat(page.items()).containsExactlyElementsOf(rows);
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void theConditions_holdOnEveryPage_andAreLeftAsTheyWere() {
    List<Probe> carRows = insert(4, "car");
    insert(5, "van");

    Conditions cars = new Conditions().add("p.kind = :kind", "kind", Optional.of("car"));

    List<Page<Probe>> pages = allPages(cars, 2);

    assertThat(pages.stream().flatMap(p -> p.items().stream())).containsExactlyElementsOf(carRows);
    assertThat(pages).hasSize(2);
    assertThat(cars.where()).isEqualTo(" where p.kind = :kind");
  }

  /** Inserts {@code count} rows of {@code kind}; answers them in PostgreSQL's order of uuids. */
  private List<Probe> insert(int count, String kind) {
    List<Probe> rows =
        IntStream.range(0, count).mapToObj(i -> new Probe(UUID.randomUUID(), kind)).toList();
    jdbi.useHandle(
        h ->
            rows.forEach(
                row -> h.execute("insert into keyset_probe values (?, ?)", row.id(), row.kind())));
    return rows.stream().sorted(Comparator.comparing(row -> row.id().toString())).toList();
  }

  /** Every page of {@code limit} rows, each requested with the cursor of the one before. */
  private List<Page<Probe>> allPages(Conditions where, int limit) {
    List<Page<Probe>> pages = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      pages.add(
          PROBES.page(tx, where, PageRequest.parse(String.valueOf(limit), cursor.orElse(null))));
      cursor = pages.getLast().nextCursor();
    } while (cursor.isPresent());
    return pages;
  }
}
