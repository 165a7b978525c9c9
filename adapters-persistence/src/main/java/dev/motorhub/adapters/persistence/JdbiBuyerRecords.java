package dev.motorhub.adapters.persistence;

import dev.motorhub.application.matching.BuyerRecords;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.BuyerFacts;
import java.time.LocalDate;

/**
 * What the database says of a buyer, in one query: a verification of the number the account has
 * now, a card whose expiry month has not passed, a withdrawn proposal on a trade of someone else.
 */
final class JdbiBuyerRecords implements BuyerRecords {
  private final JdbiTransactions tx;

  JdbiBuyerRecords(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public BuyerFacts factsOf(UserId buyer, LocalDate today) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    """
                    select
                      exists (select 1 from phone_verifications v join users u on u.id = v.user_id
                        where v.user_id = :buyer and v.verified_at is not null
                          and v.phone = u.phone) as phone_verified,
                      exists (select 1 from credit_cards c where c.owner_id = :buyer
                        and (c.exp_year, c.exp_month) >= (:year, :month)) as card_on_file,
                      exists (select 1 from proposals p join trades t on t.id = p.trade_id
                        where p.author_id = :buyer and p.status = 'cancelled'
                          and t.owner_id <> :buyer) as cancelled_deals""")
                .bind("buyer", buyer.value())
                .bind("year", today.getYear())
                .bind("month", today.getMonthValue())
                .map(
                    (rs, ctx) ->
                        new BuyerFacts(
                            rs.getBoolean("phone_verified"),
                            rs.getBoolean("card_on_file"),
                            rs.getBoolean("cancelled_deals")))
                .one());
  }
}
