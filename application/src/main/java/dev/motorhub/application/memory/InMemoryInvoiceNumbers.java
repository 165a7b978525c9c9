package dev.motorhub.application.memory;

import dev.motorhub.application.billing.InvoiceNumbers;

/**
 * Invoice sequences in memory: a counter per year whose increments a failed unit of work undoes.
 */
final class InMemoryInvoiceNumbers implements InvoiceNumbers {
  private final Table<Integer, Long> lastByYear;

  InMemoryInvoiceNumbers(Table<Integer, Long> lastByYear) {
    this.lastByYear = lastByYear;
  }

  @Override
  public long next(int year) {
    long next = lastByYear.get(year).orElse(0L) + 1;
    lastByYear.put(year, next);
    return next;
  }
}
