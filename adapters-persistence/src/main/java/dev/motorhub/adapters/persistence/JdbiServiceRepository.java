package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.marketplace.ServiceRepository;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Currency;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** The marketplace's services in {@code services}, their names unique by {@code lower(name)}. */
final class JdbiServiceRepository implements ServiceRepository {
  /** The columns of {@code services s}, each aliased with an {@code s_} prefix. */
  static final String COLUMNS =
      "s.id s_id, s.kind s_kind, s.name s_name, s.fee s_fee, s.currency s_currency,"
          + " s.description s_description, s.active s_active, s.created_at s_created_at,"
          + " s.updated_at s_updated_at";

  static final RowMapper<ServiceOffering> SERVICES =
      (rs, ctx) ->
          new ServiceOffering(
              new ServiceId(uuid(rs, "s_id")),
              new ServiceKind(rs.getString("s_kind")),
              rs.getString("s_name"),
              new Money(
                  rs.getBigDecimal("s_fee"), Currency.getInstance(rs.getString("s_currency"))),
              rs.getString("s_description"),
              rs.getBoolean("s_active"),
              instant(rs, "s_created_at"),
              instant(rs, "s_updated_at"));

  private static final KeysetPages<ServiceOffering> PAGES =
      new KeysetPages<>(
          "select " + COLUMNS + " from services s", "s.id", SERVICES, s -> s.id().value());

  private final JdbiTransactions tx;

  JdbiServiceRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(ServiceOffering service) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bind(
                            h.createUpdate(
                                """
                                insert into services (id, kind, name, fee, currency, description,
                                  active, created_at, updated_at)
                                values (:id, :kind, :name, :fee, :currency, :description, :active,
                                  :createdAt, :updatedAt)"""),
                            service)
                        .bind("kind", service.kind().value())
                        .bind("createdAt", service.createdAt())
                        .execute()));
  }

  @Override
  public void update(ServiceOffering service) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bind(
                            h.createUpdate(
                                """
                                update services set name = :name, fee = :fee,
                                  currency = :currency, description = :description,
                                  active = :active, updated_at = :updatedAt
                                where id = :id"""),
                            service)
                        .execute()));
  }

  @Override
  public Optional<ServiceOffering> findById(ServiceId id) {
    return find(id, "");
  }

  @Override
  public Optional<ServiceOffering> lock(ServiceId id) {
    return find(id, " for update");
  }

  private Optional<ServiceOffering> find(ServiceId id, String lock) {
    return tx.withHandle(
        h ->
            h.createQuery("select " + COLUMNS + " from services s where s.id = :id" + lock)
                .bind("id", id.value())
                .map(SERVICES)
                .findOne());
  }

  @Override
  public Page<ServiceOffering> list(boolean activeOnly, PageRequest page) {
    return PAGES.page(
        tx,
        new Conditions()
            .add("s.active = :active", "active", Optional.of(true).filter(a -> activeOnly)),
        page);
  }

  @Override
  public boolean inUse(ServiceId id) {
    return tx.withHandle(
        h ->
            h.createQuery("select exists (select 1 from trades where service_id = :id)")
                .bind("id", id.value())
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public void delete(ServiceId id) {
    ReferencedRows.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate("delete from services where id = :id")
                        .bind("id", id.value())
                        .execute()),
        ON_RECORD);
  }

  private static <S extends SqlStatement<S>> S bind(S statement, ServiceOffering service) {
    return statement
        .bind("id", service.id().value())
        .bind("name", service.name())
        .bind("fee", service.fee().amount())
        .bind("currency", service.fee().currency().getCurrencyCode())
        .bind("description", service.description())
        .bind("active", service.active())
        .bind("updatedAt", service.updatedAt());
  }
}
