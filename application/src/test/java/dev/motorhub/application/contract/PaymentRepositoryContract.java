package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.BillingFixtures.invoice;
import static dev.motorhub.application.contract.BillingFixtures.payment;
import static dev.motorhub.application.contract.BillingFixtures.pending;
import static dev.motorhub.application.contract.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.billing.IdempotencyKey;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.billing.PaymentId;
import dev.motorhub.domain.billing.PaymentOutcome;
import dev.motorhub.domain.billing.PaymentStatus;
import dev.motorhub.domain.customers.CardBrand;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code PaymentRepository} keeps: payments, one per idempotency key of a recorder. */
public abstract class PaymentRepositoryContract extends StoreContract {
  private static final String USED = "This Idempotency-Key was used already.";
  private User alice;
  private User bob;
  private User staff;
  private Invoice.Open alices;
  private Invoice.Open bobs;

  @BeforeEach
  void twoInvoices() {
    alice = Fixtures.user("alice");
    bob = Fixtures.user("bob");
    staff = Fixtures.user("sam").withRole(Role.STAFF, Fixtures.T0);
    alices = invoice(alice.id());
    bobs = invoice(bob.id());
    runTx(
        () -> {
          List.of(alice, bob, staff).forEach(store.users()::add);
          List.of(alices, bobs).forEach(store.invoices()::add);
        });
  }

  @Test
  void aPaymentWithAKey_isFoundByItsRecorderAndKey_withEveryField() {
    Payment late =
        new Payment(
            new PaymentId(Fixtures.nextId()),
            alices.id(),
            alice.id(),
            staff.id(),
            new CardId(Fixtures.nextId()),
            CardBrand.AMEX,
            "0005",
            Money.of("12.34", "USD"),
            at(3),
            true,
            new PaymentOutcome.Succeeded("ch_3Nx8Lb2eZvKYlo2C", at(4)),
            Optional.of(new IdempotencyKey("7c1e-Key_42", alices.id() + "|card|12.34")));
    runTx(() -> store.payments().add(late));

    assertThat(inTx(() -> store.payments().findByIdempotencyKey(staff.id(), "7c1e-Key_42")))
        .contains(late);
  }

  @Test
  void everyCardBrand_andAPaymentWithoutKey_areListedAsStored() {
    List<Payment> payments =
        Arrays.stream(CardBrand.values())
            .map(brand -> withBrand(payment(alices, alice.id(), "1.00", at(1)), brand))
            .toList();
    runTx(() -> payments.forEach(store.payments()::add));

    assertThat(search(Optional.empty(), Optional.of(alices))).containsExactlyElementsOf(payments);
  }

  @Test
  void paymentsWithoutKeys_neverConflict() {
    Payment first = payment(alices, alice.id(), "1.00", at(1));
    Payment second = payment(alices, alice.id(), "1.00", at(1));
    runTx(() -> List.of(first, second).forEach(store.payments()::add));

    assertThat(search(Optional.of(alice), Optional.empty())).containsExactly(first, second);
  }

  @Test
  void aKeyItsRecorderUsedAlready_isAConflict_evenOnAnotherInvoice_andNothingIsStored() {
    Payment first = keyed(alices, alice, alice, "key-1");
    runTx(() -> store.payments().add(first));
    Payment again = keyed(bobs, bob, alice, "key-1");

    assertConflict(() -> store.payments().add(again), "Idempotency-Key", USED);
    assertThat(search(Optional.empty(), Optional.empty())).containsExactly(first);
  }

  @Test
  void anotherRecorder_mayUseTheSameKey() {
    Payment alicesOwn = keyed(alices, alice, alice, "key-1");
    Payment recordedByStaff = keyed(alices, alice, staff, "key-1");
    Payment bobsOwn = keyed(bobs, bob, bob, "key-1");
    runTx(() -> List.of(alicesOwn, recordedByStaff, bobsOwn).forEach(store.payments()::add));

    assertThat(findByKey(alice, "key-1")).contains(alicesOwn);
    assertThat(findByKey(staff, "key-1")).contains(recordedByStaff);
    assertThat(findByKey(bob, "key-1")).contains(bobsOwn);
  }

  @Test
  void concurrentPaymentsUnderOneKey_storeExactlyOne() throws Exception {
    List<Boolean> stored =
        Rivals.race(
            4,
            i ->
                () -> {
                  try {
                    runTx(() -> store.payments().add(keyed(alices, alice, alice, "key-1")));
                    return true;
                  } catch (Conflict used) {
                    return false;
                  }
                });

    assertThat(stored).containsOnlyOnce(true);
    assertThat(search(Optional.empty(), Optional.empty())).hasSize(1);
  }

  @Test
  void findByIdempotencyKey_ofAnotherKey_orAnotherCase_orAnotherRecorder_isEmpty() {
    runTx(() -> store.payments().add(keyed(alices, alice, alice, "key-1")));
    runTx(() -> store.payments().add(payment(bobs, bob.id(), "1.00", at(1))));

    assertThat(findByKey(alice, "key-2")).isEmpty();
    assertThat(findByKey(alice, "KEY-1")).isEmpty();
    assertThat(findByKey(bob, "key-1")).isEmpty();
  }

  @Test
  void search_byPayer_byInvoice_byBoth_orNeither_inIdOrder() {
    Payment first = payment(alices, alice.id(), "1.00", at(1));
    Payment bobsFirst = payment(bobs, bob.id(), "2.00", at(2));
    Payment aliceOnBobs = payment(bobs, alice.id(), "3.00", at(3));
    Payment last = payment(alices, alice.id(), "4.00", at(4));
    runTx(() -> List.of(first, bobsFirst, aliceOnBobs, last).forEach(store.payments()::add));

    assertThat(search(Optional.of(alice), Optional.empty()))
        .containsExactly(first, aliceOnBobs, last);
    assertThat(search(Optional.empty(), Optional.of(bobs))).containsExactly(bobsFirst, aliceOnBobs);
    assertThat(search(Optional.of(alice), Optional.of(bobs))).containsExactly(aliceOnBobs);
    assertThat(search(Optional.of(bob), Optional.of(alices))).isEmpty();
    assertThat(search(Optional.empty(), Optional.empty()))
        .containsExactly(first, bobsFirst, aliceOnBobs, last);
  }

  @Test
  void search_pagesThroughTheMatchesOnlyWithCursors() {
    Payment first = payment(alices, alice.id(), "1.00", at(1));
    Payment bobsOwn = payment(bobs, bob.id(), "2.00", at(2));
    Payment second = payment(alices, alice.id(), "3.00", at(3));
    Payment third = payment(alices, alice.id(), "4.00", at(4));
    runTx(() -> List.of(first, bobsOwn, second, third).forEach(store.payments()::add));
    Optional<User> payer = Optional.of(alice);

    Page<Payment> page =
        inTx(
            () ->
                store
                    .payments()
                    .search(payer.map(User::id), Optional.empty(), PageRequest.first(2)));
    Page<Payment> next =
        inTx(
            () ->
                store
                    .payments()
                    .search(payer.map(User::id), Optional.empty(), Fixtures.nextPage(page, 2)));

    assertThat(page.items()).containsExactly(first, second);
    assertThat(next.items()).containsExactly(third);
    assertThat(next.nextCursor()).isEmpty();
  }

  @Test
  void aPendingPayment_settles_andIsStoredWithItsOutcome() {
    Payment waiting = pending(alices, alice.id(), alice.id(), "3.00", at(1), Optional.empty());
    Payment declined = pending(alices, alice.id(), alice.id(), "4.00", at(1), Optional.empty());
    runTx(() -> List.of(waiting, declined).forEach(store.payments()::add));
    assertThat(inTx(() -> store.payments().lock(waiting.id()))).contains(waiting);

    Payment succeeded = waiting.succeed("ch_later", at(5));
    Payment failed = declined.fail("Your card was declined.", at(6));
    runTx(() -> List.of(succeeded, failed).forEach(store.payments()::update));

    assertThat(inTx(() -> store.payments().lock(waiting.id()))).contains(succeeded);
    assertThat(search(Optional.empty(), Optional.of(alices))).containsExactly(succeeded, failed);
    assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
  }

  @Test
  void anUnknownPayment_isNotLocked_norUpdated() {
    Payment never = pending(alices, alice.id(), alice.id(), "3.00", at(1), Optional.empty());

    assertThat(inTx(() -> store.payments().lock(never.id()))).isEmpty();
    assertThatExceptionOfType(NotFound.class)
        .isThrownBy(() -> runTx(() -> store.payments().update(never)))
        .withMessage("Payment not found.");
  }

  @Test
  void claimPending_takesThePaymentsDue_oldestCheckFirst_andPutsTheirNextCheckOff() {
    Payment dueFirst = pending(alices, alice.id(), alice.id(), "1.00", at(1), Optional.empty());
    Payment dueLater = pending(bobs, bob.id(), bob.id(), "2.00", at(3), Optional.empty());
    Payment dueLast = pending(alices, alice.id(), alice.id(), "3.00", at(4), Optional.empty());
    Payment notYet = pending(alices, alice.id(), alice.id(), "4.00", at(9), Optional.empty());
    Payment settled = payment(alices, alice.id(), "5.00", at(0));
    runTx(
        () -> List.of(dueLast, notYet, settled, dueLater, dueFirst).forEach(store.payments()::add));

    List<Payment> claimed = inTx(() -> store.payments().claimPending(at(5), at(20), 2));

    assertThat(claimed)
        .containsExactlyInAnyOrder(dueFirst.checkAgainAt(at(20)), dueLater.checkAgainAt(at(20)));
    assertThat(inTx(() -> store.payments().lock(dueFirst.id())))
        .contains(dueFirst.checkAgainAt(at(20)));
    assertThat(inTx(() -> store.payments().claimPending(at(5), at(20), 10)))
        .containsExactly(dueLast.checkAgainAt(at(20)));
    assertThat(inTx(() -> store.payments().claimPending(at(5), at(20), 10))).isEmpty();
    assertThat(inTx(() -> store.payments().claimPending(at(20), at(30), 10)))
        .extracting(Payment::id)
        .containsExactlyInAnyOrder(dueFirst.id(), dueLater.id(), dueLast.id(), notYet.id());
  }

  @Test
  void claimsAtOnce_neverClaimOnePaymentTwice() throws Exception {
    List<Payment> due = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      due.add(pending(alices, alice.id(), alice.id(), "1.00", at(1), Optional.empty()));
    }
    runTx(() -> due.forEach(store.payments()::add));

    List<List<Payment>> claims =
        Rivals.race(4, i -> () -> inTx(() -> store.payments().claimPending(at(2), at(10), 5)));

    List<PaymentId> claimed = claims.stream().flatMap(List::stream).map(Payment::id).toList();
    assertThat(claimed).doesNotHaveDuplicates();
    assertThat(claimed).hasSizeBetween(5, 12);
  }

  private Payment keyed(Invoice invoice, User payer, User recorder, String key) {
    return payment(invoice, payer.id(), recorder.id(), "1.00", at(1), Optional.of(key));
  }

  private static Payment withBrand(Payment p, CardBrand brand) {
    return new Payment(
        p.id(),
        p.invoice(),
        p.payer(),
        p.recordedBy(),
        p.card(),
        brand,
        p.cardLast4(),
        p.amount(),
        p.createdAt(),
        p.late(),
        p.outcome(),
        p.idempotencyKey());
  }

  private Optional<Payment> findByKey(User recorder, String key) {
    return inTx(() -> store.payments().findByIdempotencyKey(recorder.id(), key));
  }

  private List<Payment> search(Optional<User> payer, Optional<Invoice> invoice) {
    return inTx(() ->
            store
                .payments()
                .search(payer.map(User::id), invoice.map(Invoice::id), PageRequest.first(100)))
        .items();
  }
}
