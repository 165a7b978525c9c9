package dev.motorhub.adapters.persistence;

import dev.motorhub.application.billing.InvoiceNumbers;

/**
 * Invoice sequences in {@code invoice_sequences}: the increment happens in the issuing transaction
 * and holds the year's row until it ends, so numbers are given one at a time and a rolled-back
 * invoice gives its number back.
 */
final class JdbiInvoiceNumbers implements InvoiceNumbers {
  private final JdbiTransactions tx;

  JdbiInvoiceNumbers(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public long next(int year) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    """
                    insert into invoice_sequences (year, last_value) values (:year, 1)
                    on conflict (year)
                      do update set last_value = invoice_sequences.last_value + 1
                    returning last_value""")
                .bind("year", year)
                .mapTo(Long.class)
                .one());
  }
}
