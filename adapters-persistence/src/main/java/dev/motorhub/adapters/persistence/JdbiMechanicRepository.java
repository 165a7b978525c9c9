package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.carcare.MechanicRepository;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Mechanic profiles in {@code mechanics}, at most one per account. */
final class JdbiMechanicRepository implements MechanicRepository {
  private static final String SELECT =
      "select id, user_id, specialization, experience_years, created_at, updated_at"
          + " from mechanics";

  private static final RowMapper<Mechanic> MECHANICS =
      (rs, ctx) ->
          new Mechanic(
              new MechanicId(uuid(rs, "id")),
              new UserId(uuid(rs, "user_id")),
              rs.getString("specialization"),
              rs.getInt("experience_years"),
              instant(rs, "created_at"),
              instant(rs, "updated_at"));

  private final JdbiTransactions tx;

  JdbiMechanicRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Mechanic mechanic) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            """
                            insert into mechanics (id, user_id, specialization, experience_years,
                              created_at, updated_at)
                            values (:id, :userId, :specialization, :years, :createdAt,
                              :updatedAt)""")
                        .bind("id", mechanic.id().value())
                        .bind("userId", mechanic.userId().value())
                        .bind("specialization", mechanic.specialization())
                        .bind("years", mechanic.yearsOfExperience())
                        .bind("createdAt", mechanic.createdAt())
                        .bind("updatedAt", mechanic.updatedAt())
                        .execute()));
  }

  @Override
  public Optional<Mechanic> findByUser(UserId user) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where user_id = :userId")
                .bind("userId", user.value())
                .map(MECHANICS)
                .findOne());
  }

  @Override
  public List<Mechanic> findByUsers(Collection<UserId> users) {
    if (users.isEmpty()) {
      return List.of();
    }
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where user_id = any(:userIds) order by id")
                .bindArray("userIds", UUID.class, users.stream().map(UserId::value).toList())
                .map(MECHANICS)
                .list());
  }

  @Override
  public void update(Mechanic mechanic) {
    throw new UnsupportedOperationException("car care on PostgreSQL: see branch ccdb");
  }

  @Override
  public Optional<Mechanic> findById(MechanicId id) {
    throw new UnsupportedOperationException("car care on PostgreSQL: see branch ccdb");
  }

  @Override
  public List<Mechanic> qualifiedFor(ServiceKindCode kind) {
    throw new UnsupportedOperationException("car care on PostgreSQL: see branch ccdb");
  }

  @Override
  public Page<Mechanic> list(PageRequest page) {
    throw new UnsupportedOperationException("car care on PostgreSQL: see branch ccdb");
  }

  @Override
  public void deleteByUser(UserId user) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from mechanics where user_id = :userId")
                .bind("userId", user.value())
                .execute());
  }
}
