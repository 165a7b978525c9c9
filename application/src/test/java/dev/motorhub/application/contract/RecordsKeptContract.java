package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.BillingFixtures.invoice;
import static dev.motorhub.application.contract.BillingFixtures.payment;
import static dev.motorhub.application.contract.Fixtures.at;
import static dev.motorhub.application.contract.MarketFixtures.cancelled;
import static dev.motorhub.application.contract.MarketFixtures.counter;
import static dev.motorhub.application.contract.MarketFixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.garage.VehicleRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.Session;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.Handover;
import dev.motorhub.domain.marketplace.Offer;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ProposalId;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.notifications.Notification;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the {@code UserRepository} and {@code VehicleRepository} keep for the records: an account
 * that trades, proposals, invoices or payments name, and a vehicle that was traded, are not
 * deleted; nothing of theirs is removed when the deletion is refused.
 */
public abstract class RecordsKeptContract extends MarketContract {

  @Test
  void anAccountThatOwnsATrade_isKept_withItsVehiclesProfileSessionsAndNotifications() {
    Trade.Open trade = openTrade();
    Vehicle untraded = vehicleOf(alice, "KDA 042X");
    Notification notice = notify(alice);
    Customer profile = Fixtures.customer(alice.id(), Fixtures.details("Driver", null, null));
    Session session = Fixtures.session(alice.id());
    runTx(
        () -> {
          store.customers().add(profile);
          store.sessions().add(session, Fixtures.token(session.id(), Fixtures.T0));
        });

    assertKept(alice);
    assertThat(inTx(() -> store.customers().findById(profile.id()))).contains(profile);
    assertThat(inTx(() -> store.sessions().findPrincipal(session.id()))).isPresent();
    assertThat(inTx(() -> store.trades().findById(trade.id()))).contains(trade);
    assertThat(inTx(() -> store.vehicles().findById(untraded.id()))).contains(untraded);
    assertThat(inTx(() -> store.notifications().findById(notice.id()))).contains(notice);
  }

  @Test
  void anAccountThatOwnedACancelledTrade_isKept() {
    Trade.Open trade = openTrade();
    runTx(() -> store.trades().update(cancelled(trade, at(1))));

    assertKept(alice);
  }

  @Test
  void theBuyerOfAClosedTrade_isKept() {
    Trade.Open trade = openTrade();
    runTx(
        () ->
            store
                .trades()
                .update(
                    MarketFixtures.closed(
                        trade,
                        new ProposalId(Fixtures.nextId()),
                        carol.id(),
                        at(1),
                        new Handover.None())));

    assertKept(carol);
  }

  @Test
  void theAuthorOfAProposal_isKept() {
    Trade.Open trade = openTrade();
    Proposal.Pending offer = stored(offer(trade, "12000.00", at(1)));
    stored(counter(offer, trade, bob.id(), at(2)).counter());

    assertKept(bob);
  }

  @Test
  void theAddresseeOfAProposal_isKept() {
    Trade.Open trade = openTrade();
    Offer open = offer(trade, "12000.00", at(1)).offer();
    stored(
        new Proposal.Pending(
            new Offer(
                open.id(),
                trade.id(),
                alice.id(),
                Optional.of(bob.id()),
                Optional.empty(),
                open.terms(),
                "Only for bob.",
                open.createdAt(),
                open.expiresAt())));

    assertKept(bob);
  }

  @Test
  void whoeverAcceptedAProposal_isKept() {
    Trade.Open trade = openTrade();
    Proposal.Pending offer = stored(offer(trade, "12000.00", at(1)));
    runTx(() -> store.proposals().update(offer.accept(carol.id(), trade, at(2))));

    assertKept(carol);
  }

  @Test
  void anAccountBilledAnInvoice_isKept() {
    runTx(() -> store.invoices().add(invoice(bob.id())));

    assertKept(bob);
  }

  @Test
  void theStaffWhoVoidedAnInvoice_isKept() {
    User staff = Fixtures.user("sam").withRole(Role.STAFF, Fixtures.T0);
    Invoice.Open invoice = invoice(bob.id());
    runTx(
        () -> {
          store.users().add(staff);
          store.invoices().add(invoice);
        });
    runTx(() -> store.invoices().update(invoice.voidBy(staff.id(), "Waived.", at(1))));

    assertKept(staff);
  }

  @Test
  void whoeverPaidOrRecordedAPayment_isKept() {
    User staff = Fixtures.user("sam").withRole(Role.STAFF, Fixtures.T0);
    Invoice.Open invoice = invoice(bob.id());
    runTx(
        () -> {
          store.users().add(staff);
          store.invoices().add(invoice);
          store
              .payments()
              .add(payment(invoice, carol.id(), staff.id(), "5.00", at(1), Optional.empty()));
        });

    assertKept(carol);
    assertKept(staff);
  }

  @Test
  void aTradedVehicle_isKept_evenWhenTheTradeEnded() {
    Trade.Open trade = openTrade();
    runTx(() -> store.trades().update(cancelled(trade, at(1))));

    assertConflict(() -> store.vehicles().delete(car.id()), "", VehicleRepository.ON_RECORD);
    assertThat(inTx(() -> store.vehicles().findById(car.id()))).contains(car);
  }

  @Test
  void anAccountWithNoRecords_isDeleted_withItsVehiclesAndNotifications() {
    Trade.Open trade = openTrade();
    Proposal.Pending offer = stored(offer(trade, "12000.00", at(1)));
    runTx(() -> store.invoices().add(invoice(alice.id())));
    Vehicle bobsCar = vehicleOf(bob, "KDA 042X");
    Notification notice = notify(bob);

    runTx(() -> store.users().delete(bob.id()));

    assertThat(inTx(() -> store.users().findById(bob.id()))).isEmpty();
    assertThat(inTx(() -> store.vehicles().findById(bobsCar.id()))).isEmpty();
    assertThat(inTx(() -> store.notifications().findById(notice.id()))).isEmpty();
    assertThat(inTx(() -> store.proposals().listByTrade(trade.id()))).containsExactly(offer);
  }

  @Test
  void aVehicleNeverTraded_isDeleted_whileOthersAreOnTheMarket() {
    openTrade();
    Vehicle untraded = vehicleOf(alice, "KDA 042X");

    runTx(() -> store.vehicles().delete(untraded.id()));

    assertThat(inTx(() -> store.vehicles().findById(untraded.id()))).isEmpty();
  }

  /** Deleting {@code user} is refused for the records, and the account stays as it was. */
  private void assertKept(User user) {
    assertConflict(() -> store.users().delete(user.id()), "", UserRepository.ON_RECORD);
    assertThat(inTx(() -> store.users().findById(user.id()))).contains(user);
  }

  private Notification notify(User user) {
    Notification notice = NotificationFixtures.unread(user.id(), "Something happened.", at(1));
    runTx(() -> store.notifications().add(notice));
    return notice;
  }
}
