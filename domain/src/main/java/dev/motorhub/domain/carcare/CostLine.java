package dev.motorhub.domain.carcare;

import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a job cost, line by line, as its mechanic or staff record it while the work is in progress:
 * the lines of the invoice that completing the request issues.
 */
public record CostLine(
    CostLineId id, ServiceRequestId request, InvoiceLine line, UserId addedBy, Instant addedAt) {
  public CostLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(addedBy, "addedBy");
    Objects.requireNonNull(addedAt, "addedAt");
  }

  /** The same line, written anew as {@code changed}; who added it and when are kept. */
  public CostLine revised(InvoiceLine changed) {
    return new CostLine(id, request, changed, addedBy, addedAt);
  }
}
