package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.BillingFixtures.ISSUED;
import static dev.motorhub.application.contract.BillingFixtures.invoice;
import static dev.motorhub.application.contract.BillingFixtures.paid;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.billing.InvoiceFilter;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.billing.InvoiceReminders;
import dev.motorhub.domain.billing.InvoiceSource;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.notifications.SentReminder;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code InvoiceRepository} keeps: invoices in each state with their lines in order,
 * each source invoiced once, versions that refuse stale changes, and the status of a given day.
 */
public abstract class InvoiceRepositoryContract extends StoreContract {
  private static final String STALE = "The invoice was changed meanwhile; reload it and try again.";
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  private User alice;
  private User bob;
  private User staff;

  @BeforeEach
  void customersAndStaff() {
    alice = Fixtures.user("alice");
    bob = Fixtures.user("bob");
    staff = Fixtures.user("sam").withRole(Role.STAFF, Fixtures.T0);
    runTx(() -> List.of(alice, bob, staff).forEach(store.users()::add));
  }

  @Test
  void anOpenInvoice_isFoundWithEveryField_itsLinesInOrder_andLocked() {
    Invoice.Open invoice =
        invoice(
            alice.id(),
            BillingFixtures.source(),
            List.of(
                new InvoiceLine("Lease listing: Premium", 1, usd("99.99")),
                new InvoiceLine("Photographs", 3, usd("5.00")),
                new InvoiceLine("A free first week", 1, usd("0.00"))),
            ISSUED);
    runTx(() -> store.invoices().add(invoice));

    assertThat(inTx(() -> store.invoices().findById(invoice.id()))).contains(invoice);
    assertThat(inTx(() -> store.invoices().lock(invoice.id()))).contains(invoice);
    assertThat(invoice.bill().total()).isEqualTo(usd("114.99"));
  }

  @Test
  void aPartlyPaidInvoice_isFoundAtTheVersionUpdateReturned() {
    Invoice.Open invoice = stored(invoice(alice.id()));
    Invoice partly = paid(invoice, alice.id(), "10.00", at(1));

    assertUpdated(partly);
    assertThat(partly).isInstanceOf(Invoice.Open.class);
  }

  @Test
  void anInvoiceHoldingPendingPayments_isFoundWithWhatTheyHold() {
    Invoice.Open invoice = stored(invoice(alice.id()));
    Invoice.Open partly = (Invoice.Open) paid(invoice, alice.id(), "5.00", at(1));
    Invoice.Open held =
        partly.hold(
            BillingFixtures.pending(
                partly, alice.id(), alice.id(), "12.50", at(2), Optional.empty()));

    assertUpdated(held);
    assertThat(held.pending()).isEqualTo(usd("12.50"));
    assertThat(held.payable()).isEqualTo(usd("7.50"));
  }

  @Test
  void aPaidInvoice_isFoundAtTheVersionUpdateReturned() {
    Invoice.Open invoice = stored(invoice(alice.id()));

    assertUpdated(paid(invoice, alice.id(), "25.00", at(1)));
  }

  @Test
  void aVoidInvoice_isFoundWithItsReason_atTheVersionUpdateReturned() {
    Invoice.Open invoice = stored(invoice(alice.id()));

    assertUpdated(invoice.voidBy(staff.id(), "Issued twice by mistake.", at(1)));
  }

  @Test
  void anUnknownInvoice_isNotFound() {
    stored(invoice(alice.id()));
    InvoiceId unknown = new InvoiceId(Fixtures.nextId());

    assertThat(inTx(() -> store.invoices().findById(unknown))).isEmpty();
    assertThat(inTx(() -> store.invoices().lock(unknown))).isEmpty();
  }

  @Test
  void aSourceInvoicedAlready_isAConflict_evenWhenVoid_andNothingOfTheSecondIsStored() {
    Invoice.Open first = stored(invoice(alice.id()));
    runTx(() -> store.invoices().update(first.voidBy(staff.id(), "Wrong fee.", at(1))));
    Invoice.Open again =
        invoice(bob.id(), first.bill().source(), first.bill().lines(), TODAY.plusDays(1));

    assertConflict(() -> store.invoices().add(again), "", "This has been invoiced already.");
    assertThat(inTx(() -> store.invoices().findById(again.id()))).isEmpty();
    assertThat(search(Optional.of(bob), Optional.empty(), TODAY)).isEmpty();
  }

  @Test
  void theSameThingCharged_forAnotherKindOfCharge_isAnotherSource() {
    Invoice.Open exposure = stored(invoice(alice.id()));
    InvoiceSource deal = new InvoiceSource("trade_deal", exposure.bill().source().reference());
    Invoice.Open dealFee = stored(invoice(alice.id(), deal, exposure.bill().lines(), ISSUED));

    assertThat(inTx(() -> store.invoices().findById(dealFee.id()))).contains(dealFee);
  }

  @Test
  void update_onAStaleCopy_isAConflict_andChangesNothing() {
    Invoice.Open invoice = stored(invoice(alice.id()));
    Invoice partly = inTx(() -> store.invoices().update(paid(invoice, alice.id(), "5.00", at(1))));

    assertConflict(
        () -> store.invoices().update(invoice.voidBy(staff.id(), "Too late.", at(2))), "", STALE);
    assertThat(inTx(() -> store.invoices().findById(invoice.id()))).contains(partly);
  }

  @Test
  void search_byCustomer_isTheirInvoices_inIdOrder() {
    Invoice.Open first = stored(invoice(alice.id()));
    Invoice.Open bobs = stored(invoice(bob.id()));
    Invoice.Open second = stored(invoice(alice.id()));

    assertThat(search(Optional.of(alice), Optional.empty(), TODAY)).containsExactly(first, second);
    assertThat(search(Optional.empty(), Optional.empty(), TODAY))
        .containsExactly(first, bobs, second);
  }

  @Test
  void search_byStatus_readsEachInvoiceAsItStandsOnTheDayGiven() {
    List<Invoice> four = openOverduePaidAndVoid();
    LocalDate due = four.get(0).bill().dueOn();

    assertThat(byStatus(InvoiceStatus.OPEN, TODAY)).containsExactly(four.get(0));
    assertThat(byStatus(InvoiceStatus.OVERDUE, TODAY)).containsExactly(four.get(1));
    assertThat(byStatus(InvoiceStatus.PAID, TODAY)).containsExactly(four.get(2));
    assertThat(byStatus(InvoiceStatus.VOID, TODAY)).containsExactly(four.get(3));
    assertThat(byStatus(InvoiceStatus.OPEN, due)).containsExactly(four.get(0));
    assertThat(byStatus(InvoiceStatus.OPEN, due.plusDays(1))).isEmpty();
    assertThat(byStatus(InvoiceStatus.OVERDUE, due.plusDays(1)))
        .containsExactly(four.get(0), four.get(1));
  }

  @Test
  void search_byCustomerAndStatus_isBoth() {
    Invoice.Open alices = stored(invoice(alice.id()));
    stored(invoice(bob.id()));
    stored(invoice(alice.id(), LocalDate.of(2025, 1, 2)));

    assertThat(search(Optional.of(alice), Optional.of(InvoiceStatus.OPEN), TODAY))
        .containsExactly(alices);
  }

  @Test
  void search_pagesThroughTheMatchesOnlyWithCursors() {
    Invoice.Open first = stored(invoice(alice.id()));
    stored(invoice(bob.id()));
    Invoice.Open second = stored(invoice(alice.id()));
    Invoice.Open third = stored(invoice(alice.id()));
    InvoiceFilter alices = new InvoiceFilter(Optional.of(alice.id()), Optional.empty(), TODAY);

    Page<Invoice> page = inTx(() -> store.invoices().search(alices, PageRequest.first(2)));
    Page<Invoice> next = inTx(() -> store.invoices().search(alices, Fixtures.nextPage(page, 2)));

    assertThat(page.items()).containsExactly(first, second);
    assertThat(next.items()).containsExactly(third);
    assertThat(next.nextCursor()).isEmpty();
  }

  @Test
  void lock_letsConcurrentPaymentsOfAnInvoiceGoOneAtATime() throws Exception {
    Invoice.Open invoice = stored(invoice(alice.id()));

    Rivals.race(
        5,
        i ->
            () ->
                inTx(
                    () -> {
                      Invoice.Open open = (Invoice.Open) store.invoices().lock(invoice.id()).get();
                      return store.invoices().update(paid(open, alice.id(), "5.00", at(i)));
                    }));

    assertThat(inTx(() -> store.invoices().findById(invoice.id())))
        .hasValueSatisfying(
            paid -> {
              assertThat(paid).isInstanceOf(Invoice.Paid.class);
              assertThat(paid.version()).isEqualTo(5);
            });
  }

  /** In id order, on {@code TODAY}: open, overdue, paid (and past due), void (and past due). */
  private List<Invoice> openOverduePaidAndVoid() {
    LocalDate january = LocalDate.of(2025, 1, 2);
    Invoice.Open open = stored(invoice(alice.id()));
    Invoice.Open overdue = stored(invoice(alice.id(), january));
    Invoice.Open toPay = stored(invoice(bob.id(), january));
    Invoice.Open toVoid = stored(invoice(bob.id(), january));
    Invoice paid = inTx(() -> store.invoices().update(paid(toPay, bob.id(), "25.00", at(1))));
    Invoice voided =
        inTx(() -> store.invoices().update(toVoid.voidBy(staff.id(), "Waived.", at(2))));
    return List.of(open, overdue, paid, voided);
  }

  @Test
  void anInvoiceStoredOverdue_isFoundSo_andListedOverdue_partlyPaidOrNot() {
    Invoice.Open invoice = stored(invoice(alice.id()));
    LocalDate after = ISSUED.plusDays(31);
    Invoice.Open overdue = invoice.markOverdue(after);

    assertUpdated(overdue);
    Invoice partly =
        paid(
            inTx(() -> store.invoices().findById(invoice.id()))
                .map(Invoice.Open.class::cast)
                .orElseThrow(),
            alice.id(),
            "10.00",
            at(1));
    assertUpdated(partly);

    assertThat(partly)
        .isInstanceOfSatisfying(Invoice.Open.class, o -> assertThat(o.markedOverdue()).isTrue());
    assertThat(byStatus(InvoiceStatus.OVERDUE, after))
        .extracting(Invoice::id)
        .containsExactly(invoice.id());
    // Stored overdue, it is overdue whatever the day asked about.
    assertThat(byStatus(InvoiceStatus.OVERDUE, ISSUED))
        .extracting(Invoice::id)
        .containsExactly(invoice.id());
    assertThat(byStatus(InvoiceStatus.OPEN, ISSUED)).isEmpty();
  }

  @Test
  void claimForReminders_isTheOpenInvoicesPastDueOrDueSoonAndNotYetReminded_soonestFirst() {
    LocalDate today = ISSUED.plusDays(30);
    Invoice.Open pastDue = stored(invoice(alice.id(), ISSUED.minusDays(5))); // due today - 5
    Invoice.Open dueSoon = stored(invoice(alice.id(), ISSUED.plusDays(2))); // due today + 2
    Invoice.Open reminded = stored(invoice(bob.id(), ISSUED.plusDays(1))); // due today + 1
    Invoice.Open later = stored(invoice(bob.id(), ISSUED.plusDays(10))); // due today + 10
    Invoice.Open markedAlready = stored(invoice(bob.id(), ISSUED.minusDays(9)));
    runTx(() -> store.invoices().update(markedAlready.markOverdue(today)));
    Invoice.Open paid = stored(invoice(bob.id(), ISSUED.minusDays(8)));
    runTx(
        () ->
            store
                .invoices()
                .update(BillingFixtures.paid(paid, bob.id(), paid.owed().plain(), at(1))));
    runTx(
        () ->
            store
                .sentReminders()
                .add(
                    new SentReminder(
                        "invoice", reminded.id().value(), InvoiceReminders.DUE_SOON, at(2))));

    assertThat(inTx(() -> store.invoices().claimForReminders(today, today.plusDays(3), 10)))
        .containsExactly(pastDue, dueSoon);
    assertThat(inTx(() -> store.invoices().claimForReminders(today, today.plusDays(3), 1)))
        .containsExactly(pastDue);
    assertThat(later.bill().dueOn()).isAfter(today.plusDays(3));
  }

  private void assertUpdated(Invoice changed) {
    Invoice returned = inTx(() -> store.invoices().update(changed));

    assertThat(returned).isEqualTo(changed.nextVersion());
    assertThat(inTx(() -> store.invoices().findById(changed.id()))).contains(returned);
  }

  private Invoice.Open stored(Invoice.Open invoice) {
    runTx(() -> store.invoices().add(invoice));
    return invoice;
  }

  private List<Invoice> byStatus(InvoiceStatus status, LocalDate today) {
    return search(Optional.empty(), Optional.of(status), today);
  }

  private List<Invoice> search(
      Optional<User> customer, Optional<InvoiceStatus> status, LocalDate today) {
    return inTx(() ->
            store
                .invoices()
                .search(
                    new InvoiceFilter(customer.map(User::id), status, today),
                    PageRequest.first(100)))
        .items();
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
