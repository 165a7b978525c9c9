package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.matching.CatalogueRepository;
import dev.motorhub.domain.matching.Attribute;
import dev.motorhub.domain.matching.CatalogueCode;
import dev.motorhub.domain.matching.CatalogueEntry;
import dev.motorhub.domain.matching.CatalogueEntryId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;

/** The catalogue in {@code catalogue_values}; a unique key keeps a code once per attribute. */
final class JdbiCatalogueRepository implements CatalogueRepository {
  private static final String SELECT = "select id, attribute, code, name from catalogue_values";

  private static final RowMapper<CatalogueEntry> VALUES =
      (rs, ctx) ->
          new CatalogueEntry(
              new CatalogueEntryId(uuid(rs, "id")),
              Attribute.parse(rs.getString("attribute"), "attribute"),
              new CatalogueCode(rs.getString("code")),
              rs.getString("name"));

  private static final KeysetPages<CatalogueEntry> PAGES =
      new KeysetPages<>(SELECT, "id", VALUES, e -> e.id().value());

  private final JdbiTransactions tx;

  JdbiCatalogueRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(CatalogueEntry entry) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            "insert into catalogue_values (id, attribute, code, name)"
                                + " values (:id, :attribute, :code, :name)")
                        .bind("id", entry.id().value())
                        .bind("attribute", entry.attribute().wire())
                        .bind("code", entry.code().value())
                        .bind("name", entry.name())
                        .execute()));
  }

  @Override
  public void update(CatalogueEntry entry) {
    tx.withHandle(
        h ->
            h.createUpdate("update catalogue_values set name = :name where id = :id")
                .bind("id", entry.id().value())
                .bind("name", entry.name())
                .execute());
  }

  @Override
  public void delete(CatalogueEntryId id) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from catalogue_values where id = :id")
                .bind("id", id.value())
                .execute());
  }

  @Override
  public Optional<CatalogueEntry> findById(CatalogueEntryId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), VALUES);
  }

  @Override
  public Page<CatalogueEntry> list(Optional<Attribute> attribute, PageRequest page) {
    return PAGES.page(
        tx,
        new Conditions().add("attribute = :attribute", "attribute", attribute.map(Attribute::wire)),
        page);
  }

  @Override
  public boolean keeps(Attribute attribute) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select exists (select 1 from catalogue_values where attribute = :attribute)")
                .bind("attribute", attribute.wire())
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public Set<CatalogueCode> known(Attribute attribute, Set<CatalogueCode> codes) {
    return new HashSet<>(
        tx.withHandle(
            h ->
                h.createQuery(
                        "select code from catalogue_values"
                            + " where attribute = :attribute and code = any(:codes)")
                    .bind("attribute", attribute.wire())
                    .bindArray(
                        "codes", String.class, codes.stream().map(CatalogueCode::value).toList())
                    .map((rs, ctx) -> new CatalogueCode(rs.getString("code")))
                    .list()));
  }
}
