package dev.motorhub.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.orders.OrderId;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** Who sees and changes which orders: staff all, a customer their own, nobody else any. */
class OrdersPermissionsTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private final Principal staff = TestAccounts.staff(motorhub, "sam");
  private final Principal alice =
      TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
  private final Principal bob =
      TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "bob"));
  private final Principal mo =
      TestAccounts.principal(motorhub, TestAccounts.registerMechanic(motorhub, "mo"));

  private OrderId placeFor(Principal customer) {
    String profile =
        motorhub
            .store()
            .transactions()
            .inTransaction(() -> motorhub.store().customers().findByUser(customer.actor().id()))
            .orElseThrow()
            .id()
            .toString();
    return motorhub
        .orders()
        .placeOrder()
        .place(new PlaceOrder.Command(staff, profile, "borns", "500"))
        .order()
        .id();
  }

  @Test
  void aCustomer_seesTheirOwnOrders_andNoOneElses() {
    OrderId alices = placeFor(alice);
    OrderId bobs = placeFor(bob);

    assertThat(motorhub.orders().viewOrder().get(alice, alices).order().id()).isEqualTo(alices);
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.orders().viewOrder().get(alice, bobs));
    assertThat(
            motorhub
                .orders()
                .viewOrders()
                .list(alice, OrderQuery.all(), PageRequest.first(10))
                .items())
        .extracting(r -> r.order().id())
        .containsExactly(alices);
    String bobsProfile =
        motorhub.orders().viewOrder().get(staff, bobs).customer().customer().id().toString();
    assertThat(
            motorhub
                .orders()
                .viewOrders()
                .list(alice, new OrderQuery(bobsProfile, null), PageRequest.first(10))
                .items())
        .isEmpty();
    assertThat(
            motorhub
                .orders()
                .viewOrders()
                .list(staff, new OrderQuery(bobsProfile, "oldest"), PageRequest.first(10))
                .items())
        .extracting(r -> r.order().id())
        .containsExactly(bobs);
  }

  @Test
  void aMechanic_seesNoOrder_andListsNone() {
    OrderId alices = placeFor(alice);
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> motorhub.orders().viewOrder().get(mo, alices));
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () -> motorhub.orders().viewOrders().list(mo, OrderQuery.all(), PageRequest.first(10)));
  }

  @Test
  void aCustomer_changesAndDeletesNoOrder_notEvenTheirOwn() {
    OrderId alices = placeFor(alice);
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () ->
                motorhub
                    .orders()
                    .updateOrder()
                    .update(new UpdateOrder.Command(alice, alices, "cheaper", null)));
    assertThatExceptionOfType(Forbidden.class)
        .isThrownBy(
            () -> motorhub.orders().deleteOrder().delete(new DeleteOrder.Command(alice, alices)));
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(
            () -> motorhub.orders().deleteOrder().delete(new DeleteOrder.Command(bob, alices)));
    assertThat(motorhub.orders().viewOrder().get(staff, alices).order().item()).isEqualTo("borns");
  }
}
