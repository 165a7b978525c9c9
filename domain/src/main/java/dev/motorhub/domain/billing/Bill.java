package dev.motorhub.domain.billing;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an invoice says, whatever its state: its number, who is billed, for what, the lines and
 * their total in one currency, and the day it was issued and the day it falls due.
 */
public record Bill(
    InvoiceNumber number,
    UserId customer,
    InvoiceSource source,
    List<InvoiceLine> lines,
    LocalDate issuedOn,
    LocalDate dueOn) {

  public Bill {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(source, "source");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("An invoice has at least one line");
    }
    if (lines.stream().map(l -> l.unitPrice().currency()).distinct().count() > 1) {
      throw new IllegalArgumentException("An invoice is in one currency");
    }
    if (dueOn.isBefore(issuedOn)) {
      throw new IllegalArgumentException("An invoice falls due on or after its issue");
    }
  }

  public Money total() {
    return lines.stream().map(InvoiceLine::amount).reduce(Money::plus).orElseThrow();
  }
}
