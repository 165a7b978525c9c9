package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalDate;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.customers.LeadFilter;
import dev.motorhub.application.customers.LeadRepository;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadDetails;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Sales leads in {@code leads}; their contacts go with them (a cascading foreign key). */
final class JdbiLeadRepository implements LeadRepository {
  private static final String SELECT =
      "select id, first_name, last_name, source, notes, dob, created_at, updated_at from leads";

  private static final RowMapper<Lead> LEADS =
      (rs, ctx) ->
          new Lead(
              new LeadId(uuid(rs, "id")),
              new LeadDetails(
                  rs.getString("first_name"),
                  rs.getString("last_name"),
                  rs.getString("source"),
                  rs.getString("notes"),
                  optionalDate(rs, "dob")),
              instant(rs, "created_at"),
              instant(rs, "updated_at"));

  private static final KeysetPages<Lead> PAGES =
      new KeysetPages<>(SELECT, "id", LEADS, lead -> lead.id().value());

  private final JdbiTransactions tx;

  JdbiLeadRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Lead lead) {
    tx.withHandle(
        h ->
            bindDetails(
                    h.createUpdate(
                        """
                        insert into leads (id, first_name, last_name, source, notes, dob,
                          created_at, updated_at)
                        values (:id, :firstName, :lastName, :source, :notes, :dob, :createdAt,
                          :updatedAt)"""),
                    lead)
                .bind("createdAt", lead.createdAt())
                .execute());
  }

  @Override
  public void update(Lead lead) {
    tx.withHandle(
        h ->
            bindDetails(
                    h.createUpdate(
                        """
                        update leads set first_name = :firstName, last_name = :lastName,
                          source = :source, notes = :notes, dob = :dob, updated_at = :updatedAt
                        where id = :id"""),
                    lead)
                .execute());
  }

  @Override
  public Optional<Lead> findById(LeadId id) {
    return tx.withHandle(
        h -> h.createQuery(SELECT + " where id = :id").bind("id", id.value()).map(LEADS).findOne());
  }

  @Override
  public Page<Lead> list(LeadFilter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .contains("first_name", "firstName", filter.firstName())
            .contains("last_name", "lastName", filter.lastName())
            .add(
                "lower(source) = :source",
                "source",
                filter.source().map(s -> s.toLowerCase(Locale.ROOT)));
    return PAGES.page(tx, where, page);
  }

  @Override
  public boolean delete(LeadId id) {
    return tx.withHandle(
            h ->
                h.createUpdate("delete from leads where id = :id").bind("id", id.value()).execute())
        > 0;
  }

  /** Binds what an insert and an update both write. */
  private static <S extends SqlStatement<S>> S bindDetails(S statement, Lead lead) {
    LeadDetails details = lead.details();
    return statement
        .bind("id", lead.id().value())
        .bind("firstName", details.firstName())
        .bind("lastName", details.lastName())
        .bind("source", details.source())
        .bind("notes", details.notes())
        .bindByType("dob", details.dateOfBirth().orElse(null), LocalDate.class)
        .bind("updatedAt", lead.updatedAt());
  }
}
