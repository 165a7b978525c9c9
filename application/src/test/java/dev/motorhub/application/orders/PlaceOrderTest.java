package dev.motorhub.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.AddCustomer;
import dev.motorhub.application.customers.CustomerChanges;
import dev.motorhub.application.customers.UpdateCustomer;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.orders.OrderSmsTemplate;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.Unavailable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceOrderTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private final Principal staff = TestAccounts.staff(motorhub, "sam");

  private CustomerId boss() {
    return motorhub
        .customers()
        .addCustomer()
        .add(AddCustomer.Command.of(staff, "boss", "+254701036054"))
        .customer()
        .id();
  }

  private OrderRecord place(Principal who, String customer, String item, String amount) {
    return motorhub
        .orders()
        .placeOrder()
        .place(new PlaceOrder.Command(who, customer, item, amount));
  }

  private List<SmsMessage> outbox() {
    return motorhub
        .store()
        .transactions()
        .inTransaction(
            () -> motorhub.store().smsOutbox().list(Optional.empty(), PageRequest.first(100)))
        .items();
  }

  @Test
  void placingAnOrder_queuesExactlyOnePendingSmsWithTheTemplatedText() {
    OrderRecord placed = place(staff, boss().toString(), "borns", "500");

    assertThat(placed.order().amount().plain()).isEqualTo("500.00");
    assertThat(placed.customer().displayName()).isEqualTo("boss");
    assertThat(outbox())
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.text()).isEqualTo("Order for borns at USD 500.00 created");
              assertThat(sms.to()).isEqualTo(new PhoneNumber("+254701036054"));
              assertThat(sms.status()).isEqualTo(SmsStatus.PENDING);
              assertThat(sms.subjectType()).isEqualTo(PlaceOrder.SUBJECT);
              assertThat(sms.subjectId()).isEqualTo(placed.order().id().value());
            });
  }

  @Test
  void theConfiguredTemplate_isTheOneSent() {
    Motorhub custom =
        TestMotorhub.builder(clock)
            .settings(
                motorhub
                    .settings()
                    .withOrderSmsTemplate(new OrderSmsTemplate("Hi {name}, {item}: {amount}")))
            .build();
    Principal root = TestAccounts.superuser(custom);
    CustomerId id =
        custom
            .customers()
            .addCustomer()
            .add(AddCustomer.Command.of(root, "boss", "+254701036054"))
            .customer()
            .id();
    custom.orders().placeOrder().place(new PlaceOrder.Command(root, id.toString(), "tyre", "80.5"));

    assertThat(
            custom
                .store()
                .transactions()
                .inTransaction(
                    () -> custom.store().smsOutbox().list(Optional.empty(), PageRequest.first(10)))
                .items())
        .extracting(SmsMessage::text)
        .containsExactly("Hi boss, tyre: 80.50");
  }

  @Test
  void aCustomerWithoutAPhone_isSentNothing_butTheOrderIsPlaced() {
    var alice = TestAccounts.register(motorhub, "alice");
    CustomerId profile = alice.account().customer().orElseThrow().id();
    motorhub
        .customers()
        .updateCustomer()
        .update(
            new UpdateCustomer.Command(
                staff,
                profile,
                new CustomerChanges(null, null, null, null, null, null, null, null, null, "")));

    OrderRecord placed = place(staff, profile.toString(), "wipers", "12.00");

    assertThat(placed.customer().phone()).isEmpty();
    assertThat(outbox()).isEmpty();
  }

  @Test
  void whenTheSmsCannotBeWritten_theOrderIsNotKeptEither() {
    OutboxOutOfReachStore store = new OutboxOutOfReachStore();
    Motorhub broken =
        Motorhub.builder(store)
            .clock(clock)
            .passwordHasher(new Pbkdf2PasswordHasher(1_000))
            .build();
    Principal root = TestAccounts.superuser(broken);
    CustomerId id =
        broken
            .customers()
            .addCustomer()
            .add(AddCustomer.Command.of(root, "boss", "+254701036054"))
            .customer()
            .id();

    assertThatExceptionOfType(Unavailable.class)
        .isThrownBy(
            () ->
                broken
                    .orders()
                    .placeOrder()
                    .place(new PlaceOrder.Command(root, id.toString(), "borns", "500")));
    assertThat(
            broken
                .orders()
                .viewOrders()
                .list(root, OrderQuery.all(), PageRequest.first(10))
                .items())
        .isEmpty();
    assertThat(
            store
                .beneath()
                .transactions()
                .inTransaction(
                    () -> store.beneath().smsOutbox().list(Optional.empty(), PageRequest.first(10)))
                .items())
        .isEmpty();
  }

  @Test
  void badInput_isNamedFieldByField() {
    String boss = boss().toString();
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> place(staff, "not-a-uuid", " ", "-5"))
        .satisfies(e -> assertThat(e.errors()).containsOnlyKeys("customer_id", "item", "amount"));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> place(staff, boss, "borns", "1.005"))
        .satisfies(e -> assertThat(e.errors().get("amount")).isNotEmpty());
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> place(staff, boss, "borns", "0"))
        .satisfies(
            e ->
                assertThat(e.errors().get("amount"))
                    .containsExactly("Ensure this value is greater than 0."));
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(
            () -> place(staff, new CustomerId(java.util.UUID.randomUUID()).toString(), "a", "1"))
        .satisfies(
            e ->
                assertThat(e.errors().get("customer_id"))
                    .containsExactly("No customer has this id."));
    assertThat(outbox()).isEmpty();
  }

  @Test
  void onlyStaffPlaceOrders() {
    String boss = boss().toString();
    Principal alice = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
    Principal mo = TestAccounts.principal(motorhub, TestAccounts.registerMechanic(motorhub, "mo"));
    assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> place(alice, boss, "a", "1"));
    assertThatExceptionOfType(Forbidden.class).isThrownBy(() -> place(mo, boss, "a", "1"));
    assertThat(outbox()).isEmpty();
  }
}
