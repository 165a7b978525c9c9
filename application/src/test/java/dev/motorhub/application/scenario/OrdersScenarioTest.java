package dev.motorhub.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.AddCustomer;
import dev.motorhub.application.customers.CustomerChanges;
import dev.motorhub.application.customers.CustomerQuery;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.customers.DeleteCustomer;
import dev.motorhub.application.customers.UpdateCustomer;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.orders.DeleteOrder;
import dev.motorhub.application.orders.OrderQuery;
import dev.motorhub.application.orders.OrderRecord;
import dev.motorhub.application.orders.PlaceOrder;
import dev.motorhub.application.orders.UpdateOrder;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A shop's orders (seed 004), driven through the real use cases over the in-memory store: staff
 * keep a walk-in customer, place orders that text her, change one, and clean up.
 */
class OrdersScenarioTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);

  @Test
  void aWalkInCustomersOrders_fromTheFirstToTheLast() {
    Principal sam = TestAccounts.staff(motorhub, "sam");

    // Sam keeps Boss, who needs no account: a name and a phone with its country code.
    CustomerRecord boss =
        motorhub
            .customers()
            .addCustomer()
            .add(AddCustomer.Command.of(sam, "boss", "+254701036054"));
    CustomerId id = boss.customer().id();
    assertThat(
            motorhub
                .customers()
                .viewCustomers()
                .search(
                    sam,
                    new CustomerQuery(null, null, null, null, null, "standalone"),
                    PageRequest.first(10))
                .items())
        .extracting(CustomerRecord::displayName)
        .containsExactly("boss");

    // Two orders; each texts her once, with the item and the amount.
    OrderRecord borns = place(sam, id, "borns", "500");
    clock.advance(Duration.ofMinutes(1));
    OrderRecord bread = place(sam, id, "bread", "20.5");
    assertThat(outbox())
        .extracting(SmsMessage::text)
        .containsExactly(
            "Order for borns at USD 500.00 created", "Order for bread at USD 20.50 created");

    // Newest first by default; oldest first when asked.
    assertThat(orders(sam, new OrderQuery(id.toString(), null))).containsExactly("bread", "borns");
    assertThat(orders(sam, new OrderQuery(id.toString(), "oldest")))
        .containsExactly("borns", "bread");

    // She is renamed; a price is corrected, which texts nobody.
    clock.advance(Duration.ofMinutes(1));
    motorhub
        .customers()
        .updateCustomer()
        .update(new UpdateCustomer.Command(sam, id, CustomerChanges.standalone("bosslady", null)));
    OrderRecord corrected =
        motorhub
            .orders()
            .updateOrder()
            .update(new UpdateOrder.Command(sam, bread.order().id(), null, "22.00"));
    assertThat(corrected.order().item()).isEqualTo("bread");
    assertThat(corrected.order().amount().plain()).isEqualTo("22.00");
    assertThat(corrected.order().updatedAt()).isAfter(corrected.order().createdAt());
    assertThat(corrected.customer().displayName()).isEqualTo("bosslady");
    assertThat(outbox()).hasSize(2);

    // While she has orders she is kept; once they are deleted, she can go.
    assertThatExceptionOfType(Conflict.class)
        .isThrownBy(
            () ->
                motorhub.customers().deleteCustomer().delete(new DeleteCustomer.Command(sam, id)));
    for (OrderRecord order : new OrderRecord[] {borns, corrected}) {
      motorhub.orders().deleteOrder().delete(new DeleteOrder.Command(sam, order.order().id()));
    }
    motorhub.customers().deleteCustomer().delete(new DeleteCustomer.Command(sam, id));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.customers().viewCustomers().get(sam, id));
    // The messages stay in the outbox: a record of what was sent.
    assertThat(outbox()).hasSize(2);
  }

  private OrderRecord place(Principal who, CustomerId customer, String item, String amount) {
    return motorhub
        .orders()
        .placeOrder()
        .place(new PlaceOrder.Command(who, customer.toString(), item, amount));
  }

  private List<String> orders(Principal who, OrderQuery query) {
    return motorhub.orders().viewOrders().list(who, query, PageRequest.first(10)).items().stream()
        .map(r -> r.order().item())
        .toList();
  }

  private List<SmsMessage> outbox() {
    return motorhub
        .store()
        .transactions()
        .inTransaction(
            () -> motorhub.store().smsOutbox().list(Optional.empty(), PageRequest.first(10)))
        .items();
  }
}
