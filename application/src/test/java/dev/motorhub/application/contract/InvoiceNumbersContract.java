package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceDraft;
import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.billing.InvoiceNumber;
import dev.motorhub.domain.identity.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@code InvoiceNumbers} gives: one gap-free sequence per year, starting at 1. */
public abstract class InvoiceNumbersContract extends StoreContract {

  @Test
  void aYearsSequence_startsAt1_andCountsUp_withinAndAcrossUnitsOfWork() {
    long first = next(2025);
    List<Long> more =
        inTx(() -> List.of(store.invoiceNumbers().next(2025), store.invoiceNumbers().next(2025)));

    assertThat(first).isEqualTo(1);
    assertThat(more).containsExactly(2L, 3L);
  }

  @Test
  void eachYear_hasASequenceOfItsOwn() {
    next(2025);
    next(2025);

    assertThat(next(2026)).isEqualTo(1);
    assertThat(next(2025)).isEqualTo(3);
    assertThat(next(2024)).isEqualTo(1);
    assertThat(next(2026)).isEqualTo(2);
  }

  @Test
  void aNumberTakenInAUnitOfWorkThatFails_isGivenBack() {
    next(2025);

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                runTx(
                    () -> {
                      assertThat(store.invoiceNumbers().next(2025)).isEqualTo(2);
                      assertThat(store.invoiceNumbers().next(2026)).isEqualTo(1);
                      throw new IllegalStateException("the invoice could not be stored");
                    }));

    assertThat(next(2025)).isEqualTo(2);
    assertThat(next(2026)).isEqualTo(1);
  }

  @Test
  void aNumberTakenForASourceInvoicedAlready_isGivenBack() {
    User alice = Fixtures.user("alice");
    Invoice.Open first = BillingFixtures.invoice(alice.id());
    runTx(
        () -> {
          store.users().add(alice);
          store.invoiceNumbers().next(2025);
          store.invoices().add(first);
        });

    assertConflict(
        () -> {
          long number = store.invoiceNumbers().next(2025);
          store
              .invoices()
              .add(
                  Invoice.issue(
                      new InvoiceId(Fixtures.nextId()),
                      new InvoiceDraft(alice.id(), first.bill().source(), first.bill().lines()),
                      InvoiceNumber.of(2025, number),
                      BillingFixtures.ISSUED,
                      BillingFixtures.TERM));
        },
        "",
        "This has been invoiced already.");

    assertThat(next(2025)).isEqualTo(2);
  }

  @Test
  void concurrentUnitsOfWork_takeDistinctNumbers_withoutGaps() throws Exception {
    List<Long> taken = Rivals.race(6, i -> () -> next(2025));

    assertThat(taken).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
  }

  private long next(int year) {
    return inTx(() -> store.invoiceNumbers().next(year));
  }
}
