package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.customers.CreditCardRepository;
import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Payment cards in {@code credit_cards}; one fingerprint per owner, by a unique constraint. */
final class JdbiCreditCardRepository implements CreditCardRepository {
  private static final String SELECT =
      "select id, owner_id, brand, last4, exp_month, exp_year, holder, fingerprint, created_at"
          + " from credit_cards";

  private static final RowMapper<CreditCard> CARDS =
      (rs, ctx) ->
          new CreditCard(
              new CardId(uuid(rs, "id")),
              new UserId(uuid(rs, "owner_id")),
              CardBrand.valueOf(rs.getString("brand").toUpperCase(Locale.ROOT)),
              rs.getString("last4"),
              YearMonth.of(rs.getInt("exp_year"), rs.getInt("exp_month")),
              rs.getString("holder"),
              rs.getString("fingerprint"),
              instant(rs, "created_at"));

  private static final KeysetPages<CreditCard> PAGES =
      new KeysetPages<>(SELECT, "id", CARDS, c -> c.id().value());

  private final JdbiTransactions tx;

  JdbiCreditCardRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(CreditCard card) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            """
                            insert into credit_cards (id, owner_id, brand, last4, exp_month,
                              exp_year, holder, fingerprint, created_at)
                            values (:id, :owner, :brand, :last4, :month, :year, :holder,
                              :fingerprint, :createdAt)""")
                        .bind("id", card.id().value())
                        .bind("owner", card.owner().value())
                        .bind("brand", card.brand().wire())
                        .bind("last4", card.last4())
                        .bind("month", card.expiry().getMonthValue())
                        .bind("year", card.expiry().getYear())
                        .bind("holder", card.holder())
                        .bind("fingerprint", card.fingerprint())
                        .bind("createdAt", card.createdAt())
                        .execute()));
  }

  @Override
  public Optional<CreditCard> findById(CardId id) {
    return tx.withHandle(
        h -> h.createQuery(SELECT + " where id = :id").bind("id", id.value()).map(CARDS).findOne());
  }

  @Override
  public Page<CreditCard> list(Optional<UserId> owner, PageRequest page) {
    return PAGES.page(
        tx, new Conditions().add("owner_id = :owner", "owner", owner.map(UserId::value)), page);
  }

  @Override
  public void delete(CardId id) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from credit_cards where id = :id")
                .bind("id", id.value())
                .execute());
  }
}
