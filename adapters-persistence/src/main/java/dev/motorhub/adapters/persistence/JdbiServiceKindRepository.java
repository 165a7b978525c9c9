package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.carcare.ServiceKindRepository;
import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceKindId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** The catalogue of service kinds in {@code service_kinds}, the defaults seeded by V009. */
final class JdbiServiceKindRepository implements ServiceKindRepository {
  private static final String SELECT = "select id, code, name from service_kinds";
  private static final RowMapper<ServiceKind> KINDS =
      (rs, ctx) ->
          new ServiceKind(
              new ServiceKindId(uuid(rs, "id")),
              new ServiceKindCode(rs.getString("code")),
              rs.getString("name"));
  private static final KeysetPages<ServiceKind> PAGES =
      new KeysetPages<>(SELECT, "id", KINDS, kind -> kind.id().value());

  private final JdbiTransactions tx;

  JdbiServiceKindRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(ServiceKind kind) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            "insert into service_kinds (id, code, name) values (:id, :code, :name)")
                        .bind("id", kind.id().value())
                        .bind("code", kind.code().value())
                        .bind("name", kind.name())
                        .execute()));
  }

  @Override
  public Optional<ServiceKind> findByCode(ServiceKindCode code) {
    return Rows.one(tx, SELECT + " where code = :value", code.value(), KINDS);
  }

  @Override
  public Page<ServiceKind> list(PageRequest page) {
    return PAGES.page(tx, new Conditions(), page);
  }
}
