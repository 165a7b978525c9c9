package dev.motorhub.adapters.http.seed.orders;

import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.application.orders.OrderRecord;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.orders.Order;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The seed's shapes: a customer as {@code {id, name, phone_number}}, an order with its customer
 * nested, amounts as {@code "500.00"} and times as the seed shows them ({@code "June 25, 2024,
 * 05:54 PM"}, in UTC).
 */
final class CustomerOrderViews {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MMMM dd, yyyy, hh:mm a", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private CustomerOrderViews() {}

  record CustomerView(String id, String name, String phoneNumber) {}

  record OrderView(
      String id, String item, String amount, String createdAt, CustomerView customer) {}

  /** A customer with their orders, each without the customer again. */
  record CustomerOrdersView(
      String id, String name, String phoneNumber, List<OwnOrderView> orders) {}

  record OwnOrderView(String id, String item, String amount, String createdAt) {}

  static CustomerView customer(CustomerRecord record) {
    return new CustomerView(
        record.customer().id().toString(),
        record.displayName(),
        record.phone().map(PhoneNumber::value).orElse(null));
  }

  static OrderView order(OrderRecord record) {
    Order o = record.order();
    return new OrderView(
        o.id().toString(),
        o.item(),
        o.amount().plain(),
        time(o.createdAt()),
        customer(record.customer()));
  }

  static CustomerOrdersView customerWithOrders(CustomerRecord record, List<Order> orders) {
    CustomerView c = customer(record);
    return new CustomerOrdersView(
        c.id(),
        c.name(),
        c.phoneNumber(),
        orders.stream()
            .map(
                o ->
                    new OwnOrderView(
                        o.id().toString(), o.item(), o.amount().plain(), time(o.createdAt())))
            .toList());
  }

  static String time(Instant at) {
    return TIME.format(at);
  }
}
