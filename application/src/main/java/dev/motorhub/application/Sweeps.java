package dev.motorhub.application;

import dev.motorhub.application.accounts.RemindExpiringSubscriptions;
import dev.motorhub.application.billing.RemindInvoices;
import dev.motorhub.application.billing.ResolvePendingPayments;
import dev.motorhub.application.jobs.BackgroundJobs;
import dev.motorhub.application.marketplace.ExpireProposals;
import dev.motorhub.application.marketplace.ProposalNotices;
import dev.motorhub.application.matching.NotifyNewMatches;
import dev.motorhub.application.notifications.DispatchSms;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.domain.billing.InvoiceReminders;
import java.time.Clock;
import java.time.Duration;

/**
 * The periodic sweeps, wired over one {@link Store}: use cases that no request calls but time does,
 * such as storing expired proposals, settling payments left pending (which {@link
 * Billing#resolvePendingPayments()} holds) or sending the SMS outbox (which {@link
 * Notifications#dispatchSms()} holds). Each takes one batch a call, so a test calls it directly;
 * {@link #scheduleOn} hands them all to a {@link BackgroundJobs} runner. {@link Motorhub} hands it
 * out as {@link Motorhub#sweeps()}.
 */
public final class Sweeps {
  /** How often the SMS outbox is sent at most: a text waits this long, at most, for its turn. */
  public static final Duration SMS_DISPATCH_PERIOD = Duration.ofSeconds(5);

  /**
   * How often new matches are told at most: a buyer waits this long, at most, to hear of a new
   * trade. A run with nothing queued is one short query, so it runs this often on every instance.
   */
  public static final Duration MATCH_NOTICE_PERIOD = Duration.ofSeconds(2);

  private final ExpireProposals expireProposals;
  private final RemindInvoices remindInvoices;
  private final RemindExpiringSubscriptions remindExpiringSubscriptions;
  private final ResolvePendingPayments resolvePendingPayments;
  private final DispatchSms dispatchSms;
  private final NotifyNewMatches notifyNewMatches;

  Sweeps(
      Store store,
      Notifier notifier,
      Notifications notifications,
      Billing billing,
      Matching matching,
      Clock clock) {
    notifyNewMatches = matching.notifyNewMatches();
    dispatchSms = notifications.dispatchSms();
    resolvePendingPayments = billing.resolvePendingPayments();
    Texter texter = notifications.texter();
    var tx = store.transactions();
    expireProposals =
        new ExpireProposals(
            tx, store.proposals(), new ProposalNotices(notifier), notifications.changeLog(), clock);
    remindInvoices =
        new RemindInvoices(
            tx,
            store.invoices(),
            store.sentReminders(),
            store.customers(),
            store.users(),
            notifier,
            texter,
            new InvoiceReminders(),
            clock);
    remindExpiringSubscriptions =
        new RemindExpiringSubscriptions(
            tx, store.users(), store.plans(), store.sentReminders(), notifier, clock);
  }

  public ExpireProposals expireProposals() {
    return expireProposals;
  }

  /** Stores overdue invoices and reminds their customers before and after the due date. */
  public RemindInvoices remindInvoices() {
    return remindInvoices;
  }

  /** Reminds accounts whose subscription ends within two days. */
  public RemindExpiringSubscriptions remindExpiringSubscriptions() {
    return remindExpiringSubscriptions;
  }

  /**
   * Runs every sweep on {@code jobs} every {@code period}, each working off its backlog, and sends
   * the SMS outbox every {@link #SMS_DISPATCH_PERIOD} and tells new matches every {@link
   * #MATCH_NOTICE_PERIOD} (or {@code period}, when shorter).
   */
  public void scheduleOn(BackgroundJobs jobs, Duration period) {
    Duration smsPeriod = shorter(period, SMS_DISPATCH_PERIOD);
    Duration matchPeriod = shorter(period, MATCH_NOTICE_PERIOD);
    jobs.everyInBatches(smsPeriod, "sms-dispatch", dispatchSms::dispatchBatch);
    jobs.everyInBatches(
        period, "expire-proposals", () -> expireProposals.expire() == ExpireProposals.BATCH);
    jobs.everyInBatches(
        period, "remind-invoices", () -> remindInvoices.remind() == RemindInvoices.BATCH);
    jobs.everyInBatches(
        period,
        "remind-subscriptions",
        () -> remindExpiringSubscriptions.remind() == RemindExpiringSubscriptions.BATCH);
    // It works off its backlog itself, batch after batch, within one run.
    jobs.every(period, "resolve-payments", resolvePendingPayments::resolve);
    jobs.everyInBatches(matchPeriod, "notify-matches", notifyNewMatches::notifyBatch);
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }
}
