package dev.motorhub.application.orders;

import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.CustomerRecords;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.orders.OrderId;
import dev.motorhub.domain.orders.OrderLine;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.util.Objects;

/**
 * Staff place an order for a customer (with an account or without): its item and amount. In the
 * same unit of work the customer is texted the order SMS (the configured template), queued in the
 * outbox, so the order and its message exist together or not at all; a customer without a phone
 * number is sent nothing.
 */
public final class PlaceOrder {
  /** The SMS's subject type in the outbox. */
  public static final String SUBJECT = "order";

  /** Who asks, for which customer (an id), and the item and amount as the client sent them. */
  public record Command(Principal principal, String customer, String item, String amount) {
    public Command {
      Objects.requireNonNull(principal, "principal");
    }
  }

  private final Transactions tx;
  private final OrderRepository orders;
  private final CustomerRecords customers;
  private final OrderAccess access;
  private final Texter texter;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final Clock clock;

  public PlaceOrder(
      Transactions tx,
      OrderRepository orders,
      CustomerRecords customers,
      OrderAccess access,
      Texter texter,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.orders = orders;
    this.customers = customers;
    this.access = access;
    this.texter = texter;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  public OrderRecord place(Command command) {
    access.requireManager(command.principal().actor());
    Violations violations = new Violations();
    violations.require(command.customer(), "customer_id");
    CustomerId customerId =
        command.customer() == null || command.customer().isBlank()
            ? null
            : violations.capture(() -> CustomerId.parse(command.customer(), "customer_id"));
    OrderLine line =
        violations.capture(
            () -> OrderLines.line(command.item(), command.amount(), settings.currency()));
    violations.throwIfAny();
    return tx.inTransaction(
        () -> {
          CustomerRecord customer =
              customers
                  .find(customerId)
                  .orElseThrow(() -> InvalidInput.of("customer_id", "No customer has this id."));
          Order order = Order.place(new OrderId(ids.next()), customerId, line, clock.instant());
          orders.add(order);
          customer
              .phone()
              .ifPresent(
                  phone ->
                      texter.text(
                          phone,
                          settings.orderSmsTemplate().render(order, customer.displayName()),
                          SUBJECT,
                          order.id().value()));
          return new OrderRecord(order, customer);
        });
  }
}
