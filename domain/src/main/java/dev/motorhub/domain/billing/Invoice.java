package dev.motorhub.domain.billing;

import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.RuleViolated;
import dev.motorhub.domain.shared.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A bill the platform issues to a customer, and the money paid against it.
 *
 * <p>An invoice is issued open, with a number from its year's gap-free sequence and a due date a
 * set term after the issue. Its customer pays it in one or more payments with their own cards, each
 * positive and at most what is still owed beyond the payments pending; paying after the due date is
 * accepted and marked late. A payment is first held as pending, before its card is charged: its
 * amount is set aside, so payments pending at once never come to more than is owed. A payment that
 * succeeds then counts as paid; one that fails releases what it held. Only succeeded payments are
 * paid. When nothing is owed it is paid, for good. Staff may void an open invoice on which nothing
 * has been paid or is pending, giving a reason. An open invoice past its due date reads as overdue,
 * and is stored so once the reminder job finds it; it is still paid (late) or voided as any open
 * invoice. {@code version} lets the store refuse a change made on a stale copy.
 */
public sealed interface Invoice permits Invoice.Open, Invoice.Paid, Invoice.Void {
  InvoiceId id();

  Bill bill();

  long version();

  /** What has been paid so far: the payments that succeeded. */
  Money paid();

  /** What payments still pending hold: not paid, but no longer to be paid again. */
  default Money pending() {
    return zero(bill());
  }

  default Money owed() {
    return bill().total().minus(paid());
  }

  InvoiceStatus status(LocalDate today);

  /** The same invoice as the store keeps it once this state is stored: one version on. */
  Invoice nextVersion();

  /** A new open invoice for {@code draft}, issued on {@code today} and due {@code term} later. */
  static Open issue(
      InvoiceId id, InvoiceDraft draft, InvoiceNumber number, LocalDate today, Period term) {
    Bill bill =
        new Bill(number, draft.customer(), draft.source(), draft.lines(), today, today.plus(term));
    return new Open(id, bill, zero(bill), zero(bill), false, 0);
  }

  private static Money zero(Bill bill) {
    return new Money(BigDecimal.ZERO, bill.total().currency());
  }

  /**
   * Issued, with {@link #owed()} still to pay, of which payments still pending hold {@code
   * pending}; {@code markedOverdue} once the reminder job stored it as past its due date.
   */
  record Open(
      InvoiceId id, Bill bill, Money paid, Money pending, boolean markedOverdue, long version)
      implements Invoice {
    public Open {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(bill, "bill");
      if (paid.isNegative() || paid.compareTo(bill.total()) >= 0) {
        throw new IllegalArgumentException("An open invoice has something still owed");
      }
      if (pending.isNegative() || paid.plus(pending).compareTo(bill.total()) > 0) {
        throw new IllegalArgumentException("Payments pending hold at most what is owed");
      }
    }

    /** An open invoice with no payment pending, not (yet) stored as overdue. */
    public Open(InvoiceId id, Bill bill, Money paid, long version) {
      this(id, bill, paid, zero(bill), false, version);
    }

    @Override
    public InvoiceStatus status(LocalDate today) {
      return markedOverdue || isOverdueOn(today) ? InvoiceStatus.OVERDUE : InvoiceStatus.OPEN;
    }

    @Override
    public Open nextVersion() {
      return new Open(id, bill, paid, pending, markedOverdue, version + 1);
    }

    public boolean isOverdueOn(LocalDate today) {
      return today.isAfter(bill.dueOn());
    }

    /** The invoice stored as overdue; only once its due date has passed. */
    public Open markOverdue(LocalDate today) {
      if (!isOverdueOn(today)) {
        throw new IllegalStateException("The invoice is due on " + bill.dueOn());
      }
      return new Open(id, bill, paid, pending, true, version);
    }

    /** What a new payment may still pay: what is owed beyond the payments pending. */
    public Money payable() {
      return owed().minus(pending);
    }

    /**
     * Refuses a payment of {@code amount} with {@code card} on {@code today}, before charging it.
     */
    public void requirePayable(CreditCard card, Money amount, LocalDate today) {
      if (!card.owner().equals(bill.customer())) {
        throw new RuleViolated("Pay with a card on the billed customer's file.");
      }
      if (card.isExpiredOn(today)) {
        throw new RuleViolated(
            "This card expired at the end of "
                + card.expiry().format(DateTimeFormatter.ofPattern("MM/yyyy"))
                + ".");
      }
      if (amount.amount().signum() <= 0) {
        throw InvalidInput.of("amount", "Ensure this value is greater than 0.");
      }
      if (amount.compareTo(payable()) > 0) {
        throw new RuleViolated(
            pending.amount().signum() == 0
                ? "Only " + owed().plain() + " is owed on this invoice."
                : "Only "
                    + payable().plain()
                    + " is owed on this invoice beyond the "
                    + pending.plain()
                    + " of payments pending.");
      }
    }

    /** The invoice holding the pending {@code payment}'s amount until it settles. */
    public Open hold(Payment payment) {
      if (!payment.invoice().equals(id)
          || !payment.isPending()
          || payment.amount().compareTo(payable()) > 0) {
        throw new IllegalArgumentException("A pending payment holds at most what is payable");
      }
      return new Open(id, bill, paid, pending.plus(payment.amount()), markedOverdue, version);
    }

    /**
     * The invoice with the succeeded {@code payment}, which it held, counted as paid: paid when
     * nothing more is owed.
     */
    public Settlement settle(Payment payment) {
      if (!payment.invoice().equals(id)
          || payment.status() != PaymentStatus.SUCCEEDED
          || payment.amount().compareTo(pending) > 0) {
        throw new IllegalArgumentException("A payment settles what its invoice held for it");
      }
      Money nowPaid = paid.plus(payment.amount());
      Money stillPending = pending.minus(payment.amount());
      Invoice after =
          nowPaid.compareTo(bill.total()) == 0
              ? new Paid(id, bill, payment.settledAt().orElseThrow(), version)
              : new Open(id, bill, nowPaid, stillPending, markedOverdue, version);
      return new Settlement(after, payment);
    }

    /** The invoice no longer holding what the failed {@code payment} held. */
    public Settlement release(Payment payment) {
      if (!payment.invoice().equals(id)
          || payment.status() != PaymentStatus.FAILED
          || payment.amount().compareTo(pending) > 0) {
        throw new IllegalArgumentException("A payment releases what its invoice held for it");
      }
      return new Settlement(
          new Open(id, bill, paid, pending.minus(payment.amount()), markedOverdue, version),
          payment);
    }

    /** Staff cancel the invoice; only one on which nothing has been paid. */
    public Void voidBy(UserId by, String reason, Instant at) {
      String why = Text.required(reason, "reason", 500);
      if (paid.amount().signum() > 0) {
        throw new RuleViolated("Payments were made on this invoice; it cannot be voided.");
      }
      if (pending.amount().signum() > 0) {
        throw new RuleViolated("A payment of this invoice is pending; it cannot be voided.");
      }
      return new Void(id, bill, why, by, at, version);
    }
  }

  /** Paid in full at {@code paidAt}. */
  record Paid(InvoiceId id, Bill bill, Instant paidAt, long version) implements Invoice {
    @Override
    public Money paid() {
      return bill.total();
    }

    @Override
    public InvoiceStatus status(LocalDate today) {
      return InvoiceStatus.PAID;
    }

    @Override
    public Paid nextVersion() {
      return new Paid(id, bill, paidAt, version + 1);
    }
  }

  /** Cancelled by staff, for {@code reason}; nothing is owed on it. */
  record Void(
      InvoiceId id, Bill bill, String reason, UserId voidedBy, Instant voidedAt, long version)
      implements Invoice {
    @Override
    public Money paid() {
      return zero(bill);
    }

    @Override
    public Money owed() {
      return zero(bill);
    }

    @Override
    public InvoiceStatus status(LocalDate today) {
      return InvoiceStatus.VOID;
    }

    @Override
    public Void nextVersion() {
      return new Void(id, bill, reason, voidedBy, voidedAt, version + 1);
    }
  }

  /** What a payment did: the invoice after it, and the payment. */
  record Settlement(Invoice invoice, Payment payment) {}
}
