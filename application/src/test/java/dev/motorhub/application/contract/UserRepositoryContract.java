package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.identity.UserFilter;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.Email;
import dev.motorhub.domain.identity.FreeTextPhone;
import dev.motorhub.domain.identity.PasswordHash;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.SubscriptionPlan;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserDetails;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.identity.Username;
import dev.motorhub.domain.notifications.SentReminder;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code UserRepository} keeps: fields, unique values, versions, filters, paging. */
public abstract class UserRepositoryContract extends StoreContract {
  private static final String STALE = "The account was changed meanwhile; reload it and try again.";

  @Test
  void addedAccount_isFoundWithEveryField() {
    SubscriptionPlan plan = Fixtures.plan("Gold", "10.00");
    User user =
        new User(
            new UserId(Fixtures.nextId()),
            new Username("Alice.W"),
            new Email("Alice@Example.com"),
            Optional.of(new PhoneNumber("+254701000001")),
            "Alice",
            "Wanjiku",
            Role.MECHANIC,
            AccountStatus.SUSPENDED,
            Optional.of(plan.id()),
            Optional.of(at(5)),
            Optional.of(at(5).plus(java.time.Duration.ofDays(30))),
            new PasswordHash("pbkdf2_sha256$1000$salt$hash"),
            T0,
            at(5),
            Optional.of(at(7)),
            3);
    runTx(
        () -> {
          store.plans().add(plan);
          store.users().add(user);
        });

    assertThat(inTx(() -> store.users().findById(user.id()))).contains(user);
  }

  @Test
  void addedAccount_withoutOptionalValues_isFoundAsStored() {
    User user = Fixtures.user("bob");
    runTx(() -> store.users().add(user));

    assertThat(inTx(() -> store.users().findById(user.id()))).contains(user);
  }

  @Test
  void unknownAccounts_areNotFound() {
    runTx(() -> store.users().add(Fixtures.user("bob")));

    assertThat(inTx(() -> store.users().findById(new UserId(Fixtures.nextId())))).isEmpty();
    assertThat(inTx(() -> store.users().findByUsername(new Username("robert")))).isEmpty();
  }

  @Test
  void findByUsername_ignoresCase() {
    User user = Fixtures.user("Carol");
    runTx(() -> store.users().add(user));

    assertThat(inTx(() -> store.users().findByUsername(new Username("cAROL")))).contains(user);
  }

  @Test
  void findByEmail_ignoresCase_andFindsNoOtherAccount() {
    User user = Fixtures.user("erin");
    runTx(() -> store.users().add(user));
    runTx(() -> store.users().add(Fixtures.user("frank")));

    assertThat(inTx(() -> store.users().findByEmail(new Email("ERIN@Motorhub.test"))))
        .contains(user);
    assertThat(inTx(() -> store.users().findByEmail(new Email("gina@motorhub.test")))).isEmpty();
  }

  @Test
  void usernameTakenInAnotherCase_isAConflictOnUsername() {
    runTx(() -> store.users().add(Fixtures.user("dave")));

    assertConflict(
        () -> store.users().add(Fixtures.user("DAVE")),
        "username",
        "A user with this username already exists.");
  }

  @Test
  void emailTakenInAnotherCase_isAConflictOnEmail() {
    runTx(() -> store.users().add(Fixtures.user("erin")));

    assertConflict(
        () -> store.users().add(Fixtures.withEmail(Fixtures.user("erin2"), "ERIN@motorhub.test")),
        "email",
        "A user with this email already exists.");
  }

  @Test
  void phoneTaken_isAConflictOnPhoneNumber() {
    runTx(() -> store.users().add(Fixtures.withPhone(Fixtures.user("fay"), "+254701000002")));

    assertConflict(
        () -> store.users().add(Fixtures.withPhone(Fixtures.user("gus"), "+254701000002")),
        "phone_number",
        "A user with this phone number already exists.");
  }

  @Test
  void aFreeTextPhone_isKeptAsGiven_andTakenOnlyAsTheSameText() {
    String longest = "555-1234 ext. 42, ask for Janet!";
    User kit = Fixtures.withPhone(Fixtures.user("kit"), "555-1234");
    User lea = Fixtures.withPhone(Fixtures.user("lea"), longest);
    runTx(
        () -> {
          store.users().add(kit);
          store.users().add(lea);
          store.users().add(Fixtures.withPhone(Fixtures.user("max"), "555 1234"));
        });

    assertThat(inTx(() -> store.users().findById(kit.id())).orElseThrow().phone())
        .contains(new FreeTextPhone("555-1234"));
    assertThat(inTx(() -> store.users().findById(lea.id())).orElseThrow().phone())
        .contains(new FreeTextPhone(longest));
    assertConflict(
        () -> store.users().add(Fixtures.withPhone(Fixtures.user("ned"), "555-1234")),
        "phone_number",
        "A user with this phone number already exists.");
  }

  @Test
  void accountsWithoutPhone_doNotCollide() {
    runTx(
        () -> {
          store.users().add(Fixtures.user("hal"));
          store.users().add(Fixtures.user("ida"));
        });

    assertThat(inTx(() -> store.users().list(UserFilter.none(), PageRequest.first(10))).items())
        .hasSize(2);
  }

  @Test
  void update_keepsEveryChange_andReturnsTheNextVersion() {
    SubscriptionPlan plan = Fixtures.plan("Silver", "5.00");
    User user = Fixtures.user("jan");
    runTx(
        () -> {
          store.plans().add(plan);
          store.users().add(user);
        });
    User changed =
        Fixtures.withPhone(
                Fixtures.withEmail(Fixtures.withUsername(user, "Janet"), "j@x.org"),
                "+254701000003")
            .withRole(Role.STAFF, at(1))
            .withStatus(AccountStatus.DEACTIVATED, at(2))
            .subscribe(plan, at(3))
            .withPassword(new PasswordHash("new-hash"), at(4));

    User updated = inTx(() -> store.users().update(changed));

    assertThat(updated.version()).isEqualTo(user.version() + 1);
    assertThat(updated).usingRecursiveComparison().ignoringFields("version").isEqualTo(changed);
    assertThat(inTx(() -> store.users().findById(user.id()))).contains(updated);
  }

  @Test
  void update_canRemoveOptionalValues() {
    SubscriptionPlan plan = Fixtures.plan("Bronze", "1.00");
    User user = Fixtures.withPhone(Fixtures.user("kim"), "+254701000004");
    runTx(
        () -> {
          store.plans().add(plan);
          store.users().add(user.subscribe(plan, T0));
        });
    User stored = inTx(() -> store.users().findById(user.id())).orElseThrow();
    var details = stored.details();
    User changed =
        stored
            .withDetails(
                new UserDetails(details.username(), details.email(), Optional.empty(), "", ""),
                at(1))
            .unsubscribe(at(1));

    User updated = inTx(() -> store.users().update(changed));

    assertThat(updated.phone()).isEmpty();
    assertThat(updated.plan()).isEmpty();
    assertThat(inTx(() -> store.users().findById(user.id()))).contains(updated);
  }

  @Test
  void claimSubscriptionsEnding_isThoseEndingInTheWindow_notYetReminded_soonestFirst() {
    SubscriptionPlan week = Fixtures.plan("Week", "1.00"); // Fixtures plans run 30 days
    User soon = Fixtures.user("soon").subscribe(week, T0.plus(Duration.ofDays(1)));
    User sooner = Fixtures.user("sooner").subscribe(week, T0);
    User reminded = Fixtures.user("reminded").subscribe(week, T0);
    User ended = Fixtures.user("ended").subscribe(week, T0.minus(Duration.ofDays(5)));
    User later = Fixtures.user("later").subscribe(week, T0.plus(Duration.ofDays(10)));
    User none = Fixtures.user("none");
    runTx(
        () -> {
          store.plans().add(week);
          List.of(soon, sooner, reminded, ended, later, none).forEach(store.users()::add);
          store
              .sentReminders()
              .add(
                  new SentReminder(
                      UserRepository.SUBSCRIPTION_SUBJECT,
                      reminded.id().value(),
                      UserRepository.endingOccasion(reminded.subscriptionEndsAt().orElseThrow()),
                      T0));
        });
    Instant now = sooner.subscriptionEndsAt().orElseThrow().minus(Duration.ofHours(1));
    Instant until = now.plus(Duration.ofDays(2));

    assertThat(inTx(() -> store.users().claimSubscriptionsEnding(now, until, 10)))
        .extracting(User::id)
        .containsExactly(sooner.id(), soon.id());
    assertThat(inTx(() -> store.users().claimSubscriptionsEnding(now, until, 1)))
        .extracting(User::id)
        .containsExactly(sooner.id());
  }

  @Test
  void aReminderOfAnEarlierEnd_doesNotCoverTheNextSubscription() {
    SubscriptionPlan month = Fixtures.plan("Month", "1.00");
    User first = Fixtures.user("mia").subscribe(month, T0);
    User renewed = first.subscribe(month, T0.plus(Duration.ofDays(3)).plusNanos(123_000));
    runTx(
        () -> {
          store.plans().add(month);
          store.users().add(renewed);
          store
              .sentReminders()
              .add(
                  new SentReminder(
                      UserRepository.SUBSCRIPTION_SUBJECT,
                      first.id().value(),
                      UserRepository.endingOccasion(first.subscriptionEndsAt().orElseThrow()),
                      T0));
        });
    Instant end = renewed.subscriptionEndsAt().orElseThrow();

    assertThat(
            inTx(
                () ->
                    store.users().claimSubscriptionsEnding(end.minus(Duration.ofDays(1)), end, 10)))
        .extracting(User::id)
        .containsExactly(first.id());
  }

  @Test
  void update_ofAStaleCopy_isAConflict() {
    User user = Fixtures.user("lea");
    runTx(() -> store.users().add(user));
    inTx(() -> store.users().update(user.withRole(Role.STAFF, at(1))));

    assertConflict(() -> store.users().update(user.withRole(Role.MECHANIC, at(2))), "", STALE);
    assertThat(inTx(() -> store.users().findById(user.id())).orElseThrow().role())
        .isEqualTo(Role.STAFF);
  }

  @Test
  void update_ofTheLatestVersion_succeedsAgain() {
    User user = Fixtures.user("max");
    runTx(() -> store.users().add(user));

    User first = inTx(() -> store.users().update(user.withRole(Role.STAFF, at(1))));
    User second = inTx(() -> store.users().update(first.withRole(Role.SUPERUSER, at(2))));

    assertThat(second.version()).isEqualTo(user.version() + 2);
    assertThat(inTx(() -> store.users().findById(user.id()))).contains(second);
  }

  @Test
  void update_ofAnUnknownAccount_isNotFound() {
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> inTx(() -> store.users().update(Fixtures.user("nobody"))));
  }

  @Test
  void update_toAnotherAccountsValues_isAConflictOnThatField() {
    User taken = Fixtures.withPhone(Fixtures.user("ned"), "+254701000005");
    User user = Fixtures.user("ola");
    runTx(
        () -> {
          store.users().add(taken);
          store.users().add(user);
        });

    assertConflict(
        () -> store.users().update(Fixtures.withUsername(user, "NED")),
        "username",
        "A user with this username already exists.");
    assertConflict(
        () -> store.users().update(Fixtures.withEmail(user, "Ned@Motorhub.test")),
        "email",
        "A user with this email already exists.");
    assertConflict(
        () -> store.users().update(Fixtures.withPhone(user, "+254701000005")),
        "phone_number",
        "A user with this phone number already exists.");
  }

  @Test
  void update_mayChangeTheCaseOfTheOwnUsernameAndEmail() {
    User user = Fixtures.user("pam");
    runTx(() -> store.users().add(user));

    User updated =
        inTx(
            () ->
                store
                    .users()
                    .update(
                        Fixtures.withEmail(
                            Fixtures.withUsername(user, "PAM"), "PAM@motorhub.test")));

    assertThat(updated.username().value()).isEqualTo("PAM");
    assertThat(inTx(() -> store.users().findByUsername(new Username("pam")))).contains(updated);
  }

  @Test
  void recordLogin_setsTheLastLogin_withoutANewVersionOrUpdateTime() {
    User user = Fixtures.user("quin");
    runTx(() -> store.users().add(user));

    runTx(() -> store.users().recordLogin(user.id(), at(9)));

    assertThat(inTx(() -> store.users().findById(user.id()))).contains(user.loggedIn(at(9)));
  }

  @Test
  void update_ofACopyReadBeforeALogin_keepsThatLogin() {
    User user = Fixtures.user("rae");
    runTx(() -> store.users().add(user));
    runTx(() -> store.users().recordLogin(user.id(), at(9)));

    User updated = inTx(() -> store.users().update(user.withRole(Role.STAFF, at(10))));

    assertThat(updated.lastLoginAt()).contains(at(9));
    assertThat(inTx(() -> store.users().findById(user.id()))).contains(updated);
  }

  @Test
  void list_withoutFilter_isEveryAccountInIdOrder() {
    List<User> users = addAll(Fixtures.user("sam"), Fixtures.user("ann"), Fixtures.user("tom"));

    assertThat(inTx(() -> store.users().list(UserFilter.none(), PageRequest.first(10))))
        .isEqualTo(new Page<>(users, Optional.empty()));
  }

  @Test
  void list_byUsername_matchesAnyPartRegardlessOfCase() {
    addAll(Fixtures.user("Wanjiku"), Fixtures.user("njiru"), Fixtures.user("otieno"));

    assertThat(usernames(filter("NJI", null, null, null, null)))
        .containsExactly("Wanjiku", "njiru");
  }

  @Test
  void list_byFirstOrLastName_matchesAnyPartRegardlessOfCase() {
    addAll(
        Fixtures.user("u1", "Alice", "Wanjiku"),
        Fixtures.user("u2", "Malik", "Otieno"),
        Fixtures.user("u3", "Bob", "Alison"));

    assertThat(usernames(filter(null, "ALI", null, null, null))).containsExactly("u1", "u2");
    assertThat(usernames(filter(null, null, "ali", null, null))).containsExactly("u3");
    assertThat(usernames(filter(null, "ali", "otie", null, null))).containsExactly("u2");
  }

  @Test
  void list_byRoleAndStatus_matchesExactly() {
    User staff = Fixtures.user("v1").withRole(Role.STAFF, T0);
    User suspended = Fixtures.user("v2").withStatus(AccountStatus.SUSPENDED, T0);
    User both =
        Fixtures.user("v3").withRole(Role.STAFF, T0).withStatus(AccountStatus.SUSPENDED, T0);
    addAll(staff, suspended, both, Fixtures.user("v4"));

    assertThat(usernames(filter(null, null, null, Role.STAFF, null))).containsExactly("v1", "v3");
    assertThat(usernames(filter(null, null, null, null, AccountStatus.SUSPENDED)))
        .containsExactly("v2", "v3");
    assertThat(usernames(filter(null, null, null, Role.STAFF, AccountStatus.ACTIVE)))
        .containsExactly("v1");
  }

  @Test
  void list_pagesThroughTheAccountsWithCursors() {
    List<User> users =
        addAll(
            Fixtures.user("w1"),
            Fixtures.user("w2"),
            Fixtures.user("w3"),
            Fixtures.user("w4"),
            Fixtures.user("w5"));

    Page<User> first = inTx(() -> store.users().list(UserFilter.none(), PageRequest.first(2)));
    Page<User> second =
        inTx(() -> store.users().list(UserFilter.none(), Fixtures.nextPage(first, 2)));
    Page<User> third =
        inTx(() -> store.users().list(UserFilter.none(), Fixtures.nextPage(second, 2)));

    assertThat(first.items()).containsExactlyElementsOf(users.subList(0, 2));
    assertThat(second.items()).containsExactlyElementsOf(users.subList(2, 4));
    assertThat(third).isEqualTo(new Page<>(users.subList(4, 5), Optional.empty()));
  }

  @Test
  void list_pagesThroughTheMatchingAccountsOnly() {
    addAll(
        Fixtures.user("x1", "Ann", ""),
        Fixtures.user("x2", "Bea", ""),
        Fixtures.user("x3", "Anna", ""),
        Fixtures.user("x4", "Hannah", ""));
    UserFilter anns = filter(null, "ann", null, null, null);

    Page<User> first = inTx(() -> store.users().list(anns, PageRequest.first(2)));
    Page<User> second = inTx(() -> store.users().list(anns, Fixtures.nextPage(first, 2)));

    assertThat(first.items()).extracting(u -> u.username().value()).containsExactly("x1", "x3");
    assertThat(second.items()).extracting(u -> u.username().value()).containsExactly("x4");
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void delete_removesTheAccountWithItsSessionsTokensAndProfiles() {
    User user = Fixtures.user("yan");
    User other = Fixtures.user("zoe");
    var session = Fixtures.session(user.id());
    var token = Fixtures.token(session.id(), T0);
    var otherSession = Fixtures.session(other.id());
    var otherToken = Fixtures.token(otherSession.id(), T0);
    var customer = Fixtures.customer(user.id(), Fixtures.details("Driver", null, null));
    var otherCustomer = Fixtures.customer(other.id(), Fixtures.details("Pilot", null, null));
    var mechanic = Fixtures.mechanic(user.id(), "Brakes", 4);
    runTx(
        () -> {
          store.users().add(user);
          store.users().add(other);
          store.sessions().add(session, token);
          store.sessions().add(otherSession, otherToken);
          store.customers().add(customer);
          store.customers().add(otherCustomer);
          store.mechanics().add(mechanic);
        });

    runTx(() -> store.users().delete(user.id()));

    runTx(
        () -> {
          assertThat(store.users().findById(user.id())).isEmpty();
          assertThat(store.sessions().findPrincipal(session.id())).isEmpty();
          assertThat(store.sessions().findRefreshToken(token.digest())).isEmpty();
          assertThat(store.customers().findById(customer.id())).isEmpty();
          assertThat(store.mechanics().findByUser(user.id())).isEmpty();
          assertThat(store.users().findById(other.id())).contains(other);
          assertThat(store.sessions().findPrincipal(otherSession.id())).isPresent();
          assertThat(store.sessions().findRefreshToken(otherToken.digest())).contains(otherToken);
          assertThat(store.customers().findById(otherCustomer.id())).contains(otherCustomer);
        });
  }

  @Test
  void deletedUsername_isFreeAgain() {
    User user = Fixtures.user("ash");
    runTx(() -> store.users().add(user));
    runTx(() -> store.users().delete(user.id()));

    User again = Fixtures.user("ASH");
    runTx(() -> store.users().add(again));

    assertThat(inTx(() -> store.users().findByUsername(new Username("ash")))).contains(again);
  }

  private List<User> addAll(User... users) {
    runTx(() -> List.of(users).forEach(store.users()::add));
    return List.of(users);
  }

  private List<String> usernames(UserFilter filter) {
    return inTx(() -> store.users().list(filter, PageRequest.first(100))).items().stream()
        .map(u -> u.username().value())
        .toList();
  }

  private static UserFilter filter(
      String username, String firstName, String lastName, Role role, AccountStatus status) {
    return new UserFilter(
        Optional.ofNullable(username),
        Optional.ofNullable(firstName),
        Optional.ofNullable(lastName),
        Optional.ofNullable(role),
        Optional.ofNullable(status));
  }
}
