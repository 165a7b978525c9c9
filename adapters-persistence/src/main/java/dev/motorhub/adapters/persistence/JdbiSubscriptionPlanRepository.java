package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.identity.SubscriptionPlanRepository;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.SubscriptionPlanId;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Currency;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Subscription plans in {@code subscription_plans}, their names unique by {@code lower(name)}. */
final class JdbiSubscriptionPlanRepository implements SubscriptionPlanRepository {
  private static final String SELECT =
      "select id, name, price, currency, duration_days, active, interests_per_month,"
          + " saved_preferences, created_at, updated_at"
          + " from subscription_plans";

  private static final RowMapper<SubscriptionPlan> PLANS =
      (rs, ctx) ->
          new SubscriptionPlan(
              new SubscriptionPlanId(uuid(rs, "id")),
              rs.getString("name"),
              new Money(rs.getBigDecimal("price"), Currency.getInstance(rs.getString("currency"))),
              rs.getInt("duration_days"),
              rs.getBoolean("active"),
              new SubscriptionPlan.Limits(
                  Optional.ofNullable(rs.getObject("interests_per_month", Integer.class)),
                  Optional.ofNullable(rs.getObject("saved_preferences", Integer.class))),
              instant(rs, "created_at"),
              instant(rs, "updated_at"));
  private static final KeysetPages<SubscriptionPlan> PAGES =
      new KeysetPages<>(SELECT, "id", PLANS, p -> p.id().value());

  private final JdbiTransactions tx;

  JdbiSubscriptionPlanRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(SubscriptionPlan plan) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bindPlan(
                            h.createUpdate(
                                """
                                insert into subscription_plans (id, name, price, currency,
                                  duration_days, active, interests_per_month, saved_preferences,
                                  created_at, updated_at)
                                values (:id, :name, :price, :currency, :durationDays, :active,
                                  :interests, :preferences, :createdAt, :updatedAt)"""),
                            plan)
                        .bind("createdAt", plan.createdAt())
                        .execute()));
  }

  @Override
  public void update(SubscriptionPlan plan) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    bindPlan(
                            h.createUpdate(
                                """
                                update subscription_plans set name = :name, price = :price,
                                  currency = :currency, duration_days = :durationDays,
                                  active = :active, interests_per_month = :interests,
                                  saved_preferences = :preferences, updated_at = :updatedAt
                                where id = :id"""),
                            plan)
                        .execute()));
  }

  @Override
  public Optional<SubscriptionPlan> findById(SubscriptionPlanId id) {
    return tx.withHandle(
        h -> h.createQuery(SELECT + " where id = :id").bind("id", id.value()).map(PLANS).findOne());
  }

  @Override
  public Page<SubscriptionPlan> list(boolean activeOnly, PageRequest page) {
    Conditions where =
        new Conditions()
            .add("active = :active", "active", Optional.of(true).filter(a -> activeOnly));
    return PAGES.page(tx, where, page);
  }

  @Override
  public boolean inUse(SubscriptionPlanId id) {
    return tx.withHandle(
        h ->
            h.createQuery("select exists (select 1 from users where subscription_plan_id = :id)")
                .bind("id", id.value())
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public void delete(SubscriptionPlanId id) {
    ReferencedRows.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate("delete from subscription_plans where id = :id")
                        .bind("id", id.value())
                        .execute()),
        IN_USE);
  }

  /** Binds what an insert and an update both write. */
  private static <S extends SqlStatement<S>> S bindPlan(S statement, SubscriptionPlan plan) {
    return statement
        .bind("id", plan.id().value())
        .bind("name", plan.name())
        .bind("price", plan.price().amount())
        .bind("currency", plan.price().currency().getCurrencyCode())
        .bind("durationDays", plan.durationDays())
        .bind("active", plan.active())
        .bindByType("interests", plan.limits().interestsPerMonth().orElse(null), Integer.class)
        .bindByType("preferences", plan.limits().savedPreferences().orElse(null), Integer.class)
        .bind("updatedAt", plan.updatedAt());
  }
}
