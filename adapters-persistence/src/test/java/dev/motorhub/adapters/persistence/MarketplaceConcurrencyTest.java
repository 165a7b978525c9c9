package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.support.TestAccounts.principal;
import static dev.motorhub.application.support.TestAccounts.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.billing.PayInvoice;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.AcceptProposal;
import dev.motorhub.application.marketplace.CounterProposal;
import dev.motorhub.application.marketplace.OpenTrade;
import dev.motorhub.application.marketplace.SubmitProposal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.Payment;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.Proposal;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The marketplace's races on a real PostgreSQL: of twenty accepts at once on one trade exactly one
 * wins and the sale is invoiced once; of twenty payments at once on one invoice, never more is paid
 * than is owed, and one idempotency key pays once however often it arrives; a vehicle removed while
 * a trade is opened for it is not found, never a server error.
 */
class MarketplaceConcurrencyTest {
  private static final int RIVALS = 20;

  private final TestClock clock = TestClock.start();
  private PostgresStore store;
  private Motorhub motorhub;
  private Principal owner;
  private ServiceOffering sale;
  private int registered;

  @BeforeEach
  void aSaleListing() {
    PostgresTestDatabase.emptyStore();
    store = PostgresStore.connect(PostgresTestDatabase.url(), RIVALS + 2);
    motorhub = TestMotorhub.builder(store, clock).build();
    Principal staff = TestAccounts.staff(motorhub, "sam");
    sale = TestMarket.service(motorhub, staff, "sell", "Sale listing", "100.00");
    owner = principal(motorhub, register(motorhub, "olive"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void twentyAcceptsAtOnce_closeTheTradeOnce_andInvoiceTheSaleOnce() throws Exception {
    Trade.Open trade = TestMarket.trade(motorhub, owner, "KDC 003C", sale);
    Proposal.Pending offer = offer(trade);
    // Half the rivals are buyers taking the owner's offer, half the owner taking their counters.
    List<Principal> buyers = buyers(RIVALS / 2);
    List<Proposal.Pending> counters = new ArrayList<>();
    for (Principal buyer : buyers) {
      counters.add(
          motorhub
              .marketplace()
              .counterProposal()
              .counter(
                  new CounterProposal.Command(buyer, offer.id(), TestMarket.terms("9000.00"))));
    }

    List<Boolean> won =
        race(
            i -> {
              boolean byOwner = i % 2 == 0;
              Principal who = byOwner ? owner : buyers.get(i / 2);
              Proposal.Pending what = byOwner ? counters.get(i / 2) : offer;
              return () -> succeeds(() -> accept(who, what));
            });

    assertThat(won).containsOnlyOnce(true);
    Trade after = motorhub.marketplace().viewTrades().get(owner, trade.id()).trade();
    assertThat(after).isInstanceOf(Trade.Closed.class);
    assertThat(
            motorhub
                .marketplace()
                .viewProposals()
                .onTrade(owner, trade.id(), PageRequest.first(100))
                .items())
        .filteredOn(Proposal.Accepted.class::isInstance)
        .hasSize(1);
    assertThat(invoicesOfOwner()).hasSize(1);
  }

  @Test
  void twentyPaymentsAtOnce_neverPayMoreThanIsOwed() throws Exception {
    Invoice invoice = soldAndInvoiced("KDD 004D");
    CreditCard card = TestMarket.card(motorhub, owner);

    List<Boolean> paid = race(i -> () -> succeeds(() -> pay(invoice, card, "15.00", null)));

    assertThat(paid).filteredOn(p -> p).hasSize(6);
    Invoice after = motorhub.billing().viewInvoices().get(owner, invoice.id());
    assertThat(after.paid().plain()).isEqualTo("90.00");
    assertThat(sumOfPayments(invoice)).isEqualByComparingTo("90.00");
    assertThat(pay(invoice, card, null, null).invoice()).isInstanceOf(Invoice.Paid.class);
    assertThat(sumOfPayments(invoice)).isEqualByComparingTo("100.00");
  }

  @Test
  void twentyRetriesOfOnePayment_payOnce_andAllAnswerWithIt() throws Exception {
    Invoice invoice = soldAndInvoiced("KDE 005E");
    CreditCard card = TestMarket.card(motorhub, owner);
    List<PayInvoice.Receipt> receipts = new ArrayList<>();

    // All that is owed, under one key: the first to get the invoice pays it, every other retry
    // finds that payment under the key, even once the invoice is paid.
    List<Boolean> answered =
        race(
            i ->
                () -> {
                  PayInvoice.Receipt receipt = pay(invoice, card, null, "retry-me");
                  synchronized (receipts) {
                    receipts.add(receipt);
                  }
                  return true;
                });

    assertThat(answered).containsOnly(true);
    assertThat(receipts)
        .extracting(r -> r.payment().id())
        .containsOnly(receipts.getFirst().payment().id());
    assertThat(receipts).filteredOn(r -> !r.replayed()).hasSize(1);
    assertThat(motorhub.billing().viewInvoices().get(owner, invoice.id()))
        .isInstanceOf(Invoice.Paid.class);
    assertThat(sumOfPayments(invoice)).isEqualByComparingTo("100.00");
  }

  @Test
  void openingATradeForAVehicleBeingRemoved_waitsForTheRemoval_andFindsNoVehicle()
      throws Exception {
    Vehicle vehicle = TestMarket.vehicle(motorhub, owner, "KDF 006F");
    CountDownLatch removed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> removal =
          pool.submit(
              () ->
                  store
                      .transactions()
                      .run(
                          () -> {
                            store.vehicles().findForUpdate(vehicle.id());
                            store.vehicles().delete(vehicle.id());
                            removed.countDown();
                            awaitQuietly(commit);
                          }));
      removed.await();
      Future<?> opening =
          pool.submit(
              () ->
                  motorhub
                      .marketplace()
                      .openTrade()
                      .open(new OpenTrade.Command(owner, vehicle.id(), sale.id())));
      Thread.sleep(300); // the opening reaches the database and waits for the removal
      commit.countDown();
      removal.get();
      assertThatThrownBy(opening::get)
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(NotFound.class);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Proposal.Pending offer(Trade.Open trade) {
    return motorhub
        .marketplace()
        .submitProposal()
        .submit(new SubmitProposal.Command(owner, trade.id(), TestMarket.terms("10000.00")));
  }

  /** A sale agreed on a new trade of the owner's, and its invoice. */
  private Invoice soldAndInvoiced(String plate) {
    Trade.Open trade = TestMarket.trade(motorhub, owner, plate, sale);
    accept(buyers(1).getFirst(), offer(trade));
    return invoicesOfOwner().getFirst();
  }

  private Trade.Acceptance accept(Principal who, Proposal.Pending proposal) {
    return motorhub
        .marketplace()
        .acceptProposal()
        .accept(new AcceptProposal.Command(who, proposal.id()));
  }

  private PayInvoice.Receipt pay(Invoice invoice, CreditCard card, String amount, String key) {
    return motorhub
        .billing()
        .payInvoice()
        .pay(new PayInvoice.Command(owner, invoice.id(), card.id(), amount, key));
  }

  private List<Principal> buyers(int count) {
    List<Principal> buyers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      buyers.add(principal(motorhub, register(motorhub, "buyer" + ++registered)));
    }
    return buyers;
  }

  private List<Invoice> invoicesOfOwner() {
    return motorhub
        .billing()
        .viewInvoices()
        .search(owner, Optional.empty(), Optional.empty(), PageRequest.first(100))
        .items();
  }

  private BigDecimal sumOfPayments(Invoice invoice) {
    return motorhub
        .billing()
        .viewPayments()
        .search(owner, Optional.empty(), Optional.of(invoice.id()), PageRequest.first(100))
        .items()
        .stream()
        .map(Payment::amount)
        .map(Money::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Whether the work is done. A lost race is refused by a rule (the trade is closed, nothing more
   * is owed), as a conflict, or for a buyer as not found (a closed trade is not theirs to see);
   * anything else fails the test.
   */
  private static boolean succeeds(Runnable work) {
    try {
      work.run();
      return true;
    } catch (RuleViolated | Conflict | NotFound lost) {
      return false;
    }
  }

  /** Runs {@link #RIVALS} tasks that start together and returns their answers. */
  private static List<Boolean> race(IntFunction<Callable<Boolean>> rival) throws Exception {
    CyclicBarrier start = new CyclicBarrier(RIVALS);
    ExecutorService pool = Executors.newFixedThreadPool(RIVALS);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < RIVALS; i++) {
        Callable<Boolean> task = rival.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      List<Boolean> answers = new ArrayList<>();
      for (Future<Boolean> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
