package dev.motorhub.application.billing;

/**
 * The gap-free sequences of invoice numbers, one per year. A number taken in a unit of work that
 * fails is given back with it, so the numbers issued have no holes.
 */
public interface InvoiceNumbers {
  /** The next number of {@code year}'s sequence, starting at 1. */
  long next(int year);
}
