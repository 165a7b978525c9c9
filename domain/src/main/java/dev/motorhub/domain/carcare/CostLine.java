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
}
