package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.customers.CustomerFilter;
import dev.motorhub.application.customers.CustomerKind;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.orders.OrderFilter;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerName;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.orders.Order;
import dev.motorhub.domain.orders.OrderId;
import dev.motorhub.domain.orders.OrderLine;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@code OrderRepository} keeps, with the customers it is for: standalone customers
 * beside accounts' profiles, their phones unique among them, orders paged either way, and a
 * customer with orders kept.
 */
public abstract class OrderRepositoryContract extends StoreContract {

  static Customer standalone(String name, String phone) {
    return Customer.standalone(
        new CustomerId(Fixtures.nextId()), new CustomerName(name), new PhoneNumber(phone), at(0));
  }

  static Order order(Customer customer, String item, long minute) {
    return Order.place(
        new OrderId(Fixtures.nextId()),
        customer.id(),
        new OrderLine(item, Money.of("500.00", "USD")),
        at(minute));
  }

  private Customer added(Customer customer) {
    runTx(() -> store.customers().add(customer));
    return customer;
  }

  @Test
  void aStandaloneCustomer_isFoundWithItsNameAndPhone_andListedAsStandalone() {
    Customer boss = added(standalone("boss", "+254701036054"));
    User alice = Fixtures.user("alice");
    runTx(() -> store.users().add(alice));
    Customer profile = added(Fixtures.customer(alice.id(), CustomerDetails.none()));

    assertThat(inTx(() -> store.customers().findById(boss.id()))).contains(boss);
    var standalone =
        inTx(
            () ->
                store
                    .customers()
                    .search(
                        CustomerFilter.none().ofKind(CustomerKind.STANDALONE),
                        PageRequest.first(10)));
    assertThat(standalone.items()).extracting(r -> r.customer()).containsExactly(boss);
    assertThat(standalone.items().getFirst().account()).isEmpty();
    var withAccounts =
        inTx(
            () ->
                store
                    .customers()
                    .search(
                        CustomerFilter.none().ofKind(CustomerKind.ACCOUNT), PageRequest.first(10)));
    assertThat(withAccounts.items()).extracting(r -> r.customer()).containsExactly(profile);
    var byName =
        inTx(
            () ->
                store
                    .customers()
                    .search(
                        new CustomerFilter(
                            Optional.of("BOS"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()),
                        PageRequest.first(10)));
    assertThat(byName.items()).extracting(r -> r.customer()).containsExactly(boss);
  }

  @Test
  void aStandaloneCustomersPhone_isUniqueAmongThem_butMayBeAnAccountsProfilePhone() {
    added(standalone("boss", "+254701036054"));
    assertConflict(
        () -> store.customers().add(standalone("other", "+254 701 036 054")),
        "phone_number",
        "A customer with this phone number already exists.");
    User alice = Fixtures.user("alice");
    runTx(() -> store.users().add(alice));
    Customer profile =
        Fixtures.customer(
            alice.id(),
            CustomerDetails.none().withPhone(Optional.of(new PhoneNumber("+254701036054"))));
    runTx(() -> store.customers().add(profile));
    assertThat(inTx(() -> store.customers().findById(profile.id()))).contains(profile);
  }

  @Test
  void changingAStandaloneCustomerToATakenPhone_isAConflict() {
    added(standalone("boss", "+254701036054"));
    Customer other = added(standalone("other", "+254701036055"));
    Customer moved =
        other.withDetails(
            other.details().withPhone(Optional.of(new PhoneNumber("+254701036054"))),
            at(1).atZone(java.time.ZoneOffset.UTC).toLocalDate(),
            at(1));
    assertConflict(
        () -> store.customers().update(moved),
        "phone_number",
        "A customer with this phone number already exists.");
  }

  @Test
  void anOrder_isFoundAsStored_andChangedAsUpdated() {
    Customer boss = added(standalone("boss", "+254701036054"));
    Order order = order(boss, "borns", 1);
    runTx(() -> store.orders().add(order));
    assertThat(inTx(() -> store.orders().findById(order.id()))).contains(order);

    Order changed = order.changed(new OrderLine("bread", Money.of("20.50", "USD")), at(2));
    runTx(() -> store.orders().update(changed));
    assertThat(inTx(() -> store.orders().findById(order.id()))).contains(changed);
  }

  @Test
  void anOrderForACustomerThatIsGone_isRefusedAsNotFound() {
    Customer ghost = standalone("ghost", "+254701036054");
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> runTx(() -> store.orders().add(order(ghost, "borns", 1))));
    assertThat(inTx(() -> store.orders().list(OrderFilter.all(), PageRequest.first(10))).items())
        .isEmpty();
  }

  @Test
  void orders_arePagedOldestOrNewestFirst_andNarrowedToACustomer() {
    Customer boss = added(standalone("boss", "+254701036054"));
    Customer other = added(standalone("other", "+254701036055"));
    List<Order> bosses = IntStream.range(0, 5).mapToObj(i -> order(boss, "item " + i, i)).toList();
    Order others = order(other, "other's", 9);
    runTx(
        () -> {
          bosses.forEach(store.orders()::add);
          store.orders().add(others);
        });
    OrderFilter oldest = new OrderFilter(Optional.of(boss.id()), false);
    var first = inTx(() -> store.orders().list(oldest, PageRequest.first(3)));
    var second = inTx(() -> store.orders().list(oldest, Fixtures.nextPage(first, 3)));
    assertThat(first.items()).containsExactlyElementsOf(bosses.subList(0, 3));
    assertThat(second.items()).containsExactlyElementsOf(bosses.subList(3, 5));
    assertThat(second.nextCursor()).isEmpty();

    OrderFilter newest = new OrderFilter(Optional.empty(), true);
    var top = inTx(() -> store.orders().list(newest, PageRequest.first(2)));
    var rest = inTx(() -> store.orders().list(newest, Fixtures.nextPage(top, 10)));
    assertThat(top.items()).containsExactly(others, bosses.get(4));
    assertThat(rest.items())
        .containsExactly(bosses.get(3), bosses.get(2), bosses.get(1), bosses.get(0));
  }

  @Test
  void aDeletedOrder_isGone() {
    Customer boss = added(standalone("boss", "+254701036054"));
    Order order = order(boss, "borns", 1);
    runTx(() -> store.orders().add(order));
    runTx(() -> store.orders().delete(order.id()));
    assertThat(inTx(() -> store.orders().findById(order.id()))).isEmpty();
  }

  @Test
  void aCustomerWithOrders_isKept_andWithoutThem_isDeleted() {
    Customer boss = added(standalone("boss", "+254701036054"));
    Order order = order(boss, "borns", 1);
    runTx(() -> store.orders().add(order));

    Conflict refused = StoreConflict.CUSTOMER_HAS_ORDERS.conflict();
    assertConflict(() -> store.customers().delete(boss.id()), "", refused.getMessage());
    assertThat(inTx(() -> store.customers().findById(boss.id()))).isPresent();

    runTx(() -> store.orders().delete(order.id()));
    runTx(() -> store.customers().delete(boss.id()));
    assertThat(inTx(() -> store.customers().findById(boss.id()))).isEmpty();
  }

  @Test
  void anAccountWhoseProfileHasOrders_isKept() {
    User alice = Fixtures.user("alice");
    runTx(() -> store.users().add(alice));
    Customer profile = added(Fixtures.customer(alice.id(), CustomerDetails.none()));
    runTx(() -> store.orders().add(order(profile, "borns", 1)));

    assertConflict(() -> store.users().delete(alice.id()), "", UserRepository.ON_RECORD);
    assertThat(inTx(() -> store.users().findById(alice.id()))).isPresent();
    assertThat(inTx(() -> store.customers().findById(profile.id()))).isPresent();
  }
}
