package dev.motorhub.application.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invoice sweep: a reminder three days before the due date and one once it has passed, each
 * once, in the app and by SMS; the invoice stored overdue; paid and void invoices left alone.
 */
class RemindInvoicesTest {
  private final TestTrading market = TestTrading.start();
  private Invoice invoice; // 50.00, issued 2025-03-10, due 2025-04-09

  @BeforeEach
  void oliveOwesTheExposureOfHerLeaseTrade() {
    invoice = market.exposureInvoice(market.olive);
  }

  private int sweep() {
    return market.motorhub.sweeps().remindInvoices().remind();
  }

  /** Moves the clock to {@code days} after the day of issue. */
  private void day(int days) {
    Duration since =
        Duration.between(dev.motorhub.application.support.TestClock.START, market.clock.instant());
    market.clock.advance(Duration.ofDays(days).minus(since));
  }

  private List<Notification> reminders(Principal user, NotificationKind kind) {
    return market.inbox(user).stream().filter(n -> n.kind() == kind).toList();
  }

  private List<SmsMessage> texts() {
    return market
        .motorhub
        .store()
        .smsOutbox()
        .list(Optional.empty(), PageRequest.first(100))
        .items();
  }

  @Test
  void fourDaysBeforeTheDueDate_nobodyIsReminded() {
    day(26);

    assertThat(sweep()).isZero();

    assertThat(reminders(market.olive, NotificationKind.INVOICE_DUE_SOON)).isEmpty();
    assertThat(texts()).isEmpty();
  }

  @Test
  void threeDaysBeforeTheDueDate_theCustomerIsReminded_inTheAppAndByText_once() {
    day(27);

    assertThat(sweep()).isEqualTo(1);
    assertThat(sweep()).isZero();
    day(30); // the due date itself: not overdue yet, reminded already
    assertThat(sweep()).isZero();

    String number = invoice.bill().number().value();
    assertThat(reminders(market.olive, NotificationKind.INVOICE_DUE_SOON))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.message())
                  .isEqualTo("Invoice " + number + ": 50.00 USD is due on 2025-04-09.");
              assertThat(n.subjectType()).isEqualTo("invoice");
              assertThat(n.subjectId()).isEqualTo(invoice.id().value());
            });
    assertThat(texts())
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.to().value()).isEqualTo(TestForms.phoneFor("olive"));
              assertThat(sms.text()).startsWith("Motorhub: Invoice " + number);
              assertThat(sms.subjectType()).isEqualTo("invoice");
              assertThat(sms.subjectId()).isEqualTo(invoice.id().value());
            });
    assertThat(market.reread(invoice).status(market.today())).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void theDayAfterTheDueDate_theInvoiceIsStoredOverdue_andTheCustomerRemindedOnce() {
    day(27);
    sweep();
    day(31);

    assertThat(sweep()).isEqualTo(1);
    day(40);
    assertThat(sweep()).isZero();

    assertThat(market.reread(invoice))
        .isInstanceOfSatisfying(Invoice.Open.class, o -> assertThat(o.markedOverdue()).isTrue());
    assertThat(market.reread(invoice).status(market.today())).isEqualTo(InvoiceStatus.OVERDUE);
    assertThat(reminders(market.olive, NotificationKind.INVOICE_OVERDUE))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.message())
                    .endsWith(
                        "is overdue: 50.00 USD was due on 2025-04-09. You may still pay it."));
    assertThat(reminders(market.olive, NotificationKind.INVOICE_DUE_SOON)).hasSize(1);
    assertThat(texts()).hasSize(2);
  }

  @Test
  void anInvoiceFirstFoundPastItsDueDate_getsTheOverdueReminderAlone() {
    day(35);

    assertThat(sweep()).isEqualTo(1);

    assertThat(reminders(market.olive, NotificationKind.INVOICE_DUE_SOON)).isEmpty();
    assertThat(reminders(market.olive, NotificationKind.INVOICE_OVERDUE)).hasSize(1);
    assertThat(texts()).hasSize(1);
  }

  @Test
  void anOverdueInvoice_isStillPaid_late_inPartsAndInFull() {
    CreditCard card = TestMarket.card(market.motorhub, market.olive);
    day(31);
    sweep();

    PayInvoice.Receipt part = market.pay(market.olive, invoice, card, "20.00", null);

    assertThat(part.payment().late()).isTrue();
    assertThat(part.invoice().status(market.today())).isEqualTo(InvoiceStatus.OVERDUE);
    assertThat(market.reread(invoice))
        .isInstanceOfSatisfying(Invoice.Open.class, o -> assertThat(o.markedOverdue()).isTrue());
    PayInvoice.Receipt rest = market.pay(market.olive, invoice, card, null, null);
    assertThat(rest.invoice()).isInstanceOf(Invoice.Paid.class);
    assertThat(sweep()).isZero();
  }

  @Test
  void paidAndVoidInvoices_areLeftAlone() {
    CreditCard card = TestMarket.card(market.motorhub, market.olive);
    market.pay(market.olive, invoice, card, null, null);
    Invoice waived = market.exposureInvoice(market.olive);
    market
        .motorhub
        .billing()
        .voidInvoice()
        .voidInvoice(new VoidInvoice.Command(market.staff, waived.id(), "Waived"));
    day(28);
    assertThat(sweep()).isZero();
    day(45);

    assertThat(sweep()).isZero();

    assertThat(market.reread(invoice)).isInstanceOf(Invoice.Paid.class);
    assertThat(market.reread(waived)).isInstanceOf(Invoice.Void.class);
    assertThat(market.inbox(market.olive))
        .extracting(Notification::kind)
        .doesNotContain(NotificationKind.INVOICE_DUE_SOON, NotificationKind.INVOICE_OVERDUE);
    assertThat(texts()).isEmpty();
  }

  @Test
  void aCustomerWithoutAPhone_isRemindedInTheAppAlone() {
    Principal nadia =
        TestAccounts.principal(
            market.motorhub,
            market
                .motorhub
                .accounts()
                .registerAccount()
                .register(TestForms.customer("nadia").phone(null).build()));
    Invoice hers = market.exposureInvoice(nadia);
    day(27);

    assertThat(sweep()).isEqualTo(2);

    assertThat(reminders(nadia, NotificationKind.INVOICE_DUE_SOON))
        .singleElement()
        .satisfies(n -> assertThat(n.subjectId()).isEqualTo(hers.id().value()));
    assertThat(texts())
        .singleElement()
        .satisfies(sms -> assertThat(sms.subjectId()).isEqualTo(invoice.id().value()));
  }
}
