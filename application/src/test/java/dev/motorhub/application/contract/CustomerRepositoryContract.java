package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.customers.CustomerFilter;
import dev.motorhub.application.customers.CustomerRecord;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerDetails;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code CustomerRepository} keeps: one profile per account, searched with it. */
public abstract class CustomerRepositoryContract extends StoreContract {
  private User alice;
  private User bob;
  private User carol;
  private User dan;

  @BeforeEach
  void fourAccounts() {
    alice = Fixtures.user("alice", "Alice", "Wanjiku");
    bob = Fixtures.user("bob", "Bob", "Otieno");
    carol = Fixtures.user("carol", "Carol", "Wanjiru");
    dan = Fixtures.user("dan", "Dan", "Alison");
    runTx(() -> List.of(alice, bob, carol, dan).forEach(store.users()::add));
  }

  @Test
  void addedProfile_isFoundByIdAndByAccountWithEveryField() {
    Customer customer =
        new Customer(
            new CustomerId(Fixtures.nextId()),
            new Customer.Holder.Account(alice.id()),
            new CustomerDetails(
                "Fleet manager",
                "Prefers SMS.\nCalls after six.",
                Optional.of(LocalDate.of(1990, 3, 10)),
                "12 Moi Avenue",
                "Nairobi",
                "Nairobi County",
                "00100",
                Optional.of(new PhoneNumber("+254701000001"))),
            T0,
            at(1));
    runTx(() -> store.customers().add(customer));

    assertThat(inTx(() -> store.customers().findById(customer.id()))).contains(customer);
    assertThat(inTx(() -> store.customers().findByUser(alice.id()))).contains(customer);
  }

  @Test
  void addedProfile_withoutDetails_isFoundAsStored() {
    Customer customer = Fixtures.customer(alice.id(), CustomerDetails.none());
    runTx(() -> store.customers().add(customer));

    assertThat(inTx(() -> store.customers().findById(customer.id()))).contains(customer);
  }

  @Test
  void unknownProfiles_areNotFound() {
    assertThat(inTx(() -> store.customers().findById(new CustomerId(Fixtures.nextId())))).isEmpty();
    assertThat(inTx(() -> store.customers().findByUser(alice.id()))).isEmpty();
  }

  @Test
  void aSecondProfileOfAnAccount_isAConflictOnUser() {
    runTx(() -> store.customers().add(Fixtures.customer(alice.id(), CustomerDetails.none())));

    assertConflict(
        () -> store.customers().add(Fixtures.customer(alice.id(), CustomerDetails.none())),
        "user",
        "This account already has a customer profile.");
  }

  @Test
  void update_keepsTheNewDetails() {
    Customer customer = Fixtures.customer(alice.id(), CustomerDetails.none());
    runTx(() -> store.customers().add(customer));
    Customer changed =
        customer.withDetails(
            Fixtures.details("Pilot", LocalDate.of(1980, 1, 31), "+254701000009"),
            LocalDate.of(2025, 3, 10),
            at(2));

    runTx(() -> store.customers().update(changed));

    assertThat(inTx(() -> store.customers().findById(customer.id()))).contains(changed);
  }

  @Test
  void update_canRemoveTheOptionalDetails() {
    Customer customer =
        Fixtures.customer(
            alice.id(), Fixtures.details("Pilot", LocalDate.of(1980, 1, 31), "+254701000009"));
    runTx(() -> store.customers().add(customer));
    Customer changed =
        customer.withDetails(CustomerDetails.none(), LocalDate.of(2025, 3, 10), at(2));

    runTx(() -> store.customers().update(changed));

    assertThat(inTx(() -> store.customers().findById(customer.id()))).contains(changed);
  }

  @Test
  void findByUsers_isTheProfilesOfThoseAccountsInIdOrder() {
    Customer first = Fixtures.customer(alice.id(), CustomerDetails.none());
    Customer second = Fixtures.customer(bob.id(), CustomerDetails.none());
    Customer third = Fixtures.customer(carol.id(), CustomerDetails.none());
    runTx(() -> List.of(first, second, third).forEach(store.customers()::add));

    assertThat(inTx(() -> store.customers().findByUsers(List.of(carol.id(), alice.id(), dan.id()))))
        .containsExactly(first, third);
    assertThat(inTx(() -> store.customers().findByUsers(List.of()))).isEmpty();
  }

  @Test
  void search_withoutFilter_isEveryProfileWithItsAccountInIdOrder() {
    List<Customer> customers = fourProfiles();

    assertThat(inTx(() -> store.customers().search(CustomerFilter.none(), PageRequest.first(10))))
        .isEqualTo(
            new Page<>(
                List.of(
                    new CustomerRecord(customers.get(0), alice),
                    new CustomerRecord(customers.get(1), bob),
                    new CustomerRecord(customers.get(2), carol),
                    new CustomerRecord(customers.get(3), dan)),
                Optional.empty()));
  }

  @Test
  void search_byTheAccountsNames_matchesAnyPartRegardlessOfCase() {
    fourProfiles();

    assertThat(search(filter().firstName("AL"))).containsExactly("alice");
    assertThat(search(filter().lastName("wanji"))).containsExactly("alice", "carol");
    assertThat(search(filter().firstName("a").lastName("ALI"))).containsExactly("dan");
  }

  @Test
  void search_byJob_matchesAnyPartRegardlessOfCase() {
    fourProfiles();

    assertThat(search(filter().job("DRIVER"))).containsExactly("bob", "dan");
  }

  @Test
  void search_byPhone_matchesTheWholeNumberOnly() {
    fourProfiles();

    assertThat(search(filter().phone("+254701000002"))).containsExactly("bob");
    assertThat(search(filter().phone("+25470100000"))).isEmpty();
  }

  @Test
  void search_byBirthDates_includesBothBounds_andSkipsUnknownDates() {
    fourProfiles();

    assertThat(search(filter().bornFrom(LocalDate.of(1990, 3, 11)))).containsExactly("bob");
    assertThat(search(filter().bornTo(LocalDate.of(1990, 3, 10))))
        .containsExactly("alice", "carol");
    assertThat(
            search(filter().bornFrom(LocalDate.of(1989, 3, 11)).bornTo(LocalDate.of(1990, 3, 10))))
        .containsExactly("alice", "carol");
    assertThat(
            search(filter().bornFrom(LocalDate.of(1989, 3, 12)).bornTo(LocalDate.of(1990, 3, 10))))
        .containsExactly("alice");
  }

  @Test
  void search_combinesEveryFilter() {
    fourProfiles();

    assertThat(
            search(
                filter()
                    .firstName("bo")
                    .lastName("tie")
                    .job("taxi")
                    .phone("+254701000002")
                    .bornFrom(LocalDate.of(1990, 3, 11))
                    .bornTo(LocalDate.of(1990, 3, 11))))
        .containsExactly("bob");
  }

  @Test
  void search_pagesThroughTheMatchesWithCursors() {
    fourProfiles();
    CustomerFilter wanted = filter().firstName("a").build();

    Page<CustomerRecord> first = inTx(() -> store.customers().search(wanted, PageRequest.first(2)));
    Page<CustomerRecord> second =
        inTx(() -> store.customers().search(wanted, Fixtures.nextPage(first, 2)));

    assertThat(usernames(first)).containsExactly("alice", "carol");
    assertThat(usernames(second)).containsExactly("dan");
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void delete_removesTheProfile_andKeepsTheAccount() {
    Customer customer = Fixtures.customer(alice.id(), CustomerDetails.none());
    runTx(() -> store.customers().add(customer));

    runTx(() -> store.customers().delete(customer.id()));

    assertThat(inTx(() -> store.customers().findById(customer.id()))).isEmpty();
    assertThat(inTx(() -> store.users().findById(alice.id()))).contains(alice);
  }

  /** Alice, bob, carol and dan with jobs, birthdays and phones; dan's birthday is unknown. */
  private List<Customer> fourProfiles() {
    List<Customer> customers =
        List.of(
            Fixtures.customer(
                alice.id(),
                Fixtures.details("Fleet manager", LocalDate.of(1990, 3, 10), "+254701000001")),
            Fixtures.customer(
                bob.id(),
                Fixtures.details("Taxi driver", LocalDate.of(1990, 3, 11), "+254701000002")),
            Fixtures.customer(
                carol.id(),
                Fixtures.details(
                    "Mechanic's apprentice", LocalDate.of(1989, 3, 11), "+254701000003")),
            Fixtures.customer(dan.id(), Fixtures.details("Truck driver", null, null)));
    runTx(() -> customers.forEach(store.customers()::add));
    return customers;
  }

  private List<String> search(CustomerFilters filter) {
    return usernames(inTx(() -> store.customers().search(filter.build(), PageRequest.first(100))));
  }

  private static List<String> usernames(Page<CustomerRecord> page) {
    return page.items().stream().map(r -> r.account().orElseThrow().username().value()).toList();
  }

  private static CustomerFilters filter() {
    return new CustomerFilters();
  }
}
