package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.optionalInstant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.matching.ConversationRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Conversations in {@code conversations}, one an accepted interest. */
final class JdbiConversationRepository implements ConversationRepository {
  private static final String SELECT =
      "select id, interest_id, buyer_id, seller_id, opened_at, closed_at from conversations";

  private static final RowMapper<Conversation> CONVERSATIONS =
      (rs, ctx) ->
          new Conversation(
              new ConversationId(uuid(rs, "id")),
              new InterestId(uuid(rs, "interest_id")),
              new UserId(uuid(rs, "buyer_id")),
              new UserId(uuid(rs, "seller_id")),
              instant(rs, "opened_at"),
              optionalInstant(rs, "closed_at"));

  private static final KeysetPages<Conversation> PAGES =
      new KeysetPages<>(SELECT, "id", CONVERSATIONS, c -> c.id().value());

  private final JdbiTransactions tx;

  JdbiConversationRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Conversation c) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into conversations (id, interest_id, buyer_id, seller_id, opened_at,
                      closed_at)
                    values (:id, :interest, :buyer, :seller, :openedAt, :closedAt)""")
                .bind("id", c.id().value())
                .bind("interest", c.interest().value())
                .bind("buyer", c.buyer().value())
                .bind("seller", c.seller().value())
                .bind("openedAt", c.openedAt())
                .bindByType("closedAt", c.closedAt().orElse(null), Instant.class)
                .execute());
  }

  @Override
  public void update(Conversation c) {
    tx.withHandle(
        h ->
            h.createUpdate("update conversations set closed_at = :closedAt where id = :id")
                .bind("id", c.id().value())
                .bindByType("closedAt", c.closedAt().orElse(null), Instant.class)
                .execute());
  }

  @Override
  public Optional<Conversation> findById(ConversationId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), CONVERSATIONS);
  }

  @Override
  public List<Conversation> between(UserId a, UserId b) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    SELECT
                        + " where (buyer_id = :a and seller_id = :b)"
                        + " or (buyer_id = :b and seller_id = :a) order by id")
                .bind("a", a.value())
                .bind("b", b.value())
                .map(CONVERSATIONS)
                .list());
  }

  @Override
  public Page<Conversation> listFor(UserId party, PageRequest page) {
    Conditions where =
        new Conditions()
            .add("(buyer_id = :party or seller_id = :party)", "party", Optional.of(party.value()));
    return PAGES.page(tx, where, page, true);
  }
}
