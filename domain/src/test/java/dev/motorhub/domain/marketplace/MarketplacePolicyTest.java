package dev.motorhub.domain.marketplace;

import static dev.motorhub.domain.marketplace.TestTrades.BUYER;
import static dev.motorhub.domain.marketplace.TestTrades.NOW;
import static dev.motorhub.domain.marketplace.TestTrades.OTHER;
import static dev.motorhub.domain.marketplace.TestTrades.OWNER;
import static dev.motorhub.domain.marketplace.TestTrades.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketplacePolicyTest {
  private final MarketplacePolicy policy = new MarketplacePolicy();

  /** Who asks; on a closed trade the buyer is the one who took the deal. */
  enum Party {
    THE_OWNER,
    THE_BUYER,
    ANOTHER_CUSTOMER,
    A_STAFF_MEMBER,
    A_SUPERUSER,
    A_MECHANIC;

    Actor actor() {
      return switch (this) {
        case THE_OWNER -> new Actor(OWNER, Role.CUSTOMER);
        case THE_BUYER -> new Actor(BUYER, Role.CUSTOMER);
        case ANOTHER_CUSTOMER -> new Actor(OTHER, Role.CUSTOMER);
        case A_STAFF_MEMBER -> new Actor(STAFF, Role.STAFF);
        case A_SUPERUSER -> new Actor(new UserId(TestTrades.uuid(0xa1)), Role.SUPERUSER);
        case A_MECHANIC -> new Actor(new UserId(TestTrades.uuid(0xa2)), Role.MECHANIC);
      };
    }
  }

  /** A lease trade in {@code state}: closed by the buyer taking the owner's open offer. */
  private static Trade trade(String state) {
    return switch (state) {
      case "open" -> TestTrades.openLeaseTrade();
      case "closed" -> TestTrades.closedLeaseTrade();
      case "cancelled" -> TestTrades.cancelledLeaseTrade();
      default -> throw new IllegalArgumentException(state);
    };
  }

  /** One of the trade's proposals as it stands in {@code state}. */
  private static Proposal proposal(String state, String which) {
    Trade.Open open = TestTrades.openLeaseTrade();
    Proposal.Pending pending =
        switch (which) {
          case "owners_offer" -> TestTrades.ownersOffer(open);
          case "buyers_counter" -> TestTrades.buyersCounter(open);
          case "owners_counter" -> TestTrades.ownersCounter(open);
          case "others_counter" -> TestTrades.othersCounter(open);
          default -> throw new IllegalArgumentException(which);
        };
    return switch (state) {
      case "open" -> pending;
      case "closed" ->
          which.equals("owners_offer")
              ? TestTrades.acceptedByBuyer().accepted()
              : open.accept(
                      TestTrades.ownersOffer(open),
                      BUYER,
                      ServiceKind.LEASE,
                      List.of(pending),
                      NOW.plusSeconds(120))
                  .closed()
                  .getFirst();
      case "cancelled" -> open.cancel(List.of(pending), NOW.plusSeconds(120)).closed().getFirst();
      default -> throw new IllegalArgumentException(state);
    };
  }

  @ParameterizedTest(name = "{0} may manage services: {1}")
  @CsvSource({"CUSTOMER, false", "MECHANIC, false", "STAFF, true", "SUPERUSER, true"})
  void onlyStaff_manageServices(Role role, boolean may) {
    assertThat(policy.mayManageServices(new Actor(OWNER, role))).isEqualTo(may);
  }

  @ParameterizedTest(name = "{0} may trade: {1}")
  @CsvSource({"CUSTOMER, true", "MECHANIC, false", "STAFF, false", "SUPERUSER, false"})
  void onlyCustomers_trade(Role role, boolean may) {
    assertThat(policy.mayTrade(new Actor(OWNER, role))).isEqualTo(may);
  }

  @ParameterizedTest(name = "{0} may list every trade: {1}")
  @CsvSource({"CUSTOMER, false", "MECHANIC, false", "STAFF, true", "SUPERUSER, true"})
  void onlyStaff_listEveryTrade(Role role, boolean may) {
    assertThat(policy.mayListEveryTrade(new Actor(OWNER, role))).isEqualTo(may);
  }

  @ParameterizedTest(name = "{0} may cancel an open trade: {1}")
  @CsvSource({
    "THE_OWNER, true",
    "THE_BUYER, false",
    "ANOTHER_CUSTOMER, false",
    "A_STAFF_MEMBER, true",
    "A_SUPERUSER, true",
    "A_MECHANIC, false"
  })
  void theOwnerAndStaff_cancelATrade(Party party, boolean may) {
    assertThat(policy.mayCancel(party.actor(), TestTrades.openLeaseTrade())).isEqualTo(may);
  }

  @ParameterizedTest(name = "{1} sees a {0} trade: {2}")
  @CsvSource({
    "open, THE_OWNER, true",
    "open, THE_BUYER, true",
    "open, ANOTHER_CUSTOMER, true",
    "open, A_STAFF_MEMBER, true",
    "open, A_SUPERUSER, true",
    "open, A_MECHANIC, true",
    "closed, THE_OWNER, true",
    "closed, THE_BUYER, true",
    "closed, ANOTHER_CUSTOMER, false",
    "closed, A_STAFF_MEMBER, true",
    "closed, A_SUPERUSER, true",
    "closed, A_MECHANIC, false",
    "cancelled, THE_OWNER, true",
    "cancelled, THE_BUYER, false",
    "cancelled, ANOTHER_CUSTOMER, false",
    "cancelled, A_STAFF_MEMBER, true",
    "cancelled, A_SUPERUSER, true",
    "cancelled, A_MECHANIC, false",
  })
  void openTradesAreForEveryone_theRestForTheirPartiesAndStaff(
      String state, Party party, boolean sees) {
    assertThat(policy.maySee(party.actor(), trade(state))).isEqualTo(sees);
  }

  @ParameterizedTest(name = "{2} sees the {1} on a {0} trade: {3}")
  @CsvSource({
    "open, owners_offer, THE_OWNER, true",
    "open, owners_offer, THE_BUYER, true",
    "open, owners_offer, ANOTHER_CUSTOMER, true",
    "open, owners_offer, A_STAFF_MEMBER, true",
    "open, owners_offer, A_MECHANIC, true",
    "open, buyers_counter, THE_OWNER, true",
    "open, buyers_counter, THE_BUYER, true",
    "open, buyers_counter, ANOTHER_CUSTOMER, false",
    "open, buyers_counter, A_STAFF_MEMBER, true",
    "open, buyers_counter, A_SUPERUSER, true",
    "open, buyers_counter, A_MECHANIC, false",
    "open, owners_counter, THE_OWNER, true",
    "open, owners_counter, THE_BUYER, true",
    "open, owners_counter, ANOTHER_CUSTOMER, false",
    "open, owners_counter, A_STAFF_MEMBER, true",
    "closed, owners_offer, THE_OWNER, true",
    "closed, owners_offer, THE_BUYER, true",
    "closed, owners_offer, ANOTHER_CUSTOMER, false",
    "closed, owners_offer, A_STAFF_MEMBER, true",
    "closed, owners_offer, A_MECHANIC, false",
    "closed, buyers_counter, THE_OWNER, true",
    "closed, buyers_counter, THE_BUYER, true",
    "closed, buyers_counter, ANOTHER_CUSTOMER, false",
    "closed, others_counter, THE_OWNER, true",
    "closed, others_counter, THE_BUYER, false",
    "closed, others_counter, ANOTHER_CUSTOMER, true",
    "closed, others_counter, A_STAFF_MEMBER, true",
    "cancelled, owners_offer, THE_OWNER, true",
    "cancelled, owners_offer, THE_BUYER, false",
    "cancelled, owners_offer, ANOTHER_CUSTOMER, false",
    "cancelled, owners_offer, A_STAFF_MEMBER, true",
    "cancelled, buyers_counter, THE_OWNER, true",
    "cancelled, buyers_counter, THE_BUYER, true",
    "cancelled, buyers_counter, ANOTHER_CUSTOMER, false",
    "cancelled, buyers_counter, A_STAFF_MEMBER, true",
  })
  void proposalsAreForTheirPartiesAndStaff_openOffersOnOpenTradesForEveryone(
      String state, String which, Party party, boolean sees) {
    assertThat(policy.maySee(party.actor(), proposal(state, which), trade(state))).isEqualTo(sees);
  }
}
