package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.orders.OrderFilter;
import dev.motorhub.application.orders.OrderRepository;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.orders.OrderId;
import dev.motorhub.domain.orders.OrderLine;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Orders in {@code orders}; an order's customer is kept while the order is (on delete restrict).
 */
final class JdbiOrderRepository implements OrderRepository {
  private static final String SELECT =
      "select id, customer_id, item, amount, currency, created_at, updated_at from orders";

  private static final RowMapper<Order> ORDERS =
      (rs, ctx) ->
          new Order(
              new OrderId(uuid(rs, "id")),
              new CustomerId(uuid(rs, "customer_id")),
              new OrderLine(
                  rs.getString("item"),
                  new Money(
                      rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency")))),
              instant(rs, "created_at"),
              instant(rs, "updated_at"));

  private static final KeysetPages<Order> PAGES =
      new KeysetPages<>(SELECT, "id", ORDERS, o -> o.id().value());

  private final JdbiTransactions tx;

  JdbiOrderRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Order order) {
    ReferencedRows.requireExisting(
        Map.of("orders_customer_fk", "Customer"),
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            """
                            insert into orders (id, customer_id, item, amount, currency,
                              created_at, updated_at)
                            values (:id, :customer, :item, :amount, :currency, :createdAt,
                              :updatedAt)""")
                        .bind("id", order.id().value())
                        .bind("customer", order.customer().value())
                        .bind("item", order.item())
                        .bind("amount", order.amount().amount())
                        .bind("currency", order.amount().currency().getCurrencyCode())
                        .bind("createdAt", order.createdAt())
                        .bind("updatedAt", order.updatedAt())
                        .execute()));
  }

  @Override
  public void update(Order order) {
    tx.withHandle(
        h ->
            h.createUpdate(
                    """
                    update orders set item = :item, amount = :amount, currency = :currency,
                      updated_at = :updatedAt
                    where id = :id""")
                .bind("id", order.id().value())
                .bind("item", order.item())
                .bind("amount", order.amount().amount())
                .bind("currency", order.amount().currency().getCurrencyCode())
                .bind("updatedAt", order.updatedAt())
                .execute());
  }

  @Override
  public Optional<Order> findById(OrderId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), ORDERS);
  }

  @Override
  public Page<Order> list(OrderFilter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .add("customer_id = :customer", "customer", filter.customer().map(c -> c.value()));
    return PAGES.page(tx, where, page, filter.newestFirst());
  }

  @Override
  public void delete(OrderId id) {
    tx.withHandle(
        h -> h.createUpdate("delete from orders where id = :id").bind("id", id.value()).execute());
  }
}
