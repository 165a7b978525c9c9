package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.matching.BlockRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.BlockId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Blocks in {@code blocks}, one a blocker and blocked user ({@code blocks_pair_unique}). */
final class JdbiBlockRepository implements BlockRepository {
  private static final String SELECT = "select id, blocker_id, blocked_id, created_at from blocks";

  private static final RowMapper<Block> BLOCKS =
      (rs, ctx) ->
          new Block(
              new BlockId(uuid(rs, "id")),
              new UserId(uuid(rs, "blocker_id")),
              new UserId(uuid(rs, "blocked_id")),
              instant(rs, "created_at"));

  private static final KeysetPages<Block> PAGES =
      new KeysetPages<>(SELECT, "id", BLOCKS, b -> b.id().value());

  private final JdbiTransactions tx;

  JdbiBlockRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Block b) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            "insert into blocks (id, blocker_id, blocked_id, created_at)"
                                + " values (:id, :blocker, :blocked, :createdAt)")
                        .bind("id", b.id().value())
                        .bind("blocker", b.blocker().value())
                        .bind("blocked", b.blocked().value())
                        .bind("createdAt", b.createdAt())
                        .execute()));
  }

  @Override
  public Optional<Block> findById(BlockId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), BLOCKS);
  }

  @Override
  public boolean isBlocked(UserId a, UserId b) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "select exists (select 1 from blocks where (blocker_id = :a and blocked_id = :b)"
                        + " or (blocker_id = :b and blocked_id = :a))")
                .bind("a", a.value())
                .bind("b", b.value())
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public Set<UserId> blockedBy(UserId user) {
    return tx.withHandle(
        h ->
            new HashSet<>(
                h.createQuery(
                        "select blocked_id from blocks where blocker_id = :user"
                            + " union select blocker_id from blocks where blocked_id = :user")
                    .bind("user", user.value())
                    .mapTo(UUID.class)
                    .map(UserId::new)
                    .list()));
  }

  @Override
  public Page<Block> listBy(UserId blocker, PageRequest page) {
    Conditions where =
        new Conditions().add("blocker_id = :blocker", "blocker", Optional.of(blocker.value()));
    return PAGES.page(tx, where, page, true);
  }

  @Override
  public void delete(BlockId id) {
    tx.withHandle(
        h -> h.createUpdate("delete from blocks where id = :id").bind("id", id.value()).execute());
  }
}
