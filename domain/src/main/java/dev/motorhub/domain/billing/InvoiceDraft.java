package dev.motorhub.domain.billing;

import dev.motorhub.domain.identity.UserId;
import java.util.List;
import java.util.Objects;

/** An invoice a rule calls for, before it has a number and dates: who pays what, and for what. */
public record InvoiceDraft(UserId customer, InvoiceSource source, List<InvoiceLine> lines) {
  public InvoiceDraft {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(source, "source");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("An invoice has at least one line");
    }
  }
}
