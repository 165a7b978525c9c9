package dev.motorhub.application.billing;

import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.identity.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which invoices to list: of one customer, in one status on {@code today} (an open invoice past its
 * due date is overdue, not open).
 */
public record InvoiceFilter(
    Optional<UserId> customer, Optional<InvoiceStatus> status, LocalDate today) {}
