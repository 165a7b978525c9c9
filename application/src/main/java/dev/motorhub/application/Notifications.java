package dev.motorhub.application;

import dev.motorhub.application.notifications.ChangeLog;
import dev.motorhub.application.notifications.DispatchSms;
import dev.motorhub.application.notifications.ReadAllNotifications;
import dev.motorhub.application.notifications.ReadNotification;
import dev.motorhub.application.notifications.RecordSmsDeliveryReport;
import dev.motorhub.application.notifications.RetrySms;
import dev.motorhub.application.notifications.SmsDispatchSettings;
import dev.motorhub.application.notifications.SmsGateway;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.application.notifications.ViewNotifications;
import dev.motorhub.application.notifications.ViewSms;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/**
 * The use cases of notifications, wired over one {@link Store}: reading one's inbox and marking
 * notifications read; the SMS outbox (queuing a text with the {@link Texter}, dispatching it
 * through the {@link SmsGateway}, recording the provider's delivery reports, and staff reading and
 * retrying messages). The contexts whose events call for a notice write them. {@link Motorhub}
 * hands it out as {@link Motorhub#notifications()}.
 */
public final class Notifications {
  private final ViewNotifications viewNotifications;
  private final ReadNotification readNotification;
  private final ReadAllNotifications readAllNotifications;
  private final Texter texter;
  private final DispatchSms dispatchSms;
  private final RecordSmsDeliveryReport recordSmsDeliveryReport;
  private final RetrySms retrySms;
  private final ViewSms viewSms;
  private final ChangeLog changeLog;

  /** What the notifications' use cases are made of. */
  record Wiring(
      Store store,
      SmsGateway smsGateway,
      SmsDispatchSettings smsDispatch,
      IdGenerator ids,
      Clock clock) {}

  Notifications(Wiring w) {
    var store = w.store();
    var tx = store.transactions();
    var clock = w.clock();
    viewNotifications = new ViewNotifications(tx, store.notifications());
    readNotification = new ReadNotification(tx, store.notifications(), clock);
    readAllNotifications = new ReadAllNotifications(tx, store.notifications(), clock);
    texter = new Texter(store.smsOutbox(), w.ids(), clock);
    dispatchSms = new DispatchSms(tx, store.smsOutbox(), w.smsGateway(), w.smsDispatch(), clock);
    recordSmsDeliveryReport = new RecordSmsDeliveryReport(tx, store.smsOutbox(), clock);
    retrySms = new RetrySms(tx, store.smsOutbox(), clock);
    viewSms = new ViewSms(tx, store.smsOutbox());
    changeLog = new ChangeLog(store.changeQueue(), w.ids(), clock);
  }

  public ViewNotifications viewNotifications() {
    return viewNotifications;
  }

  public ReadNotification readNotification() {
    return readNotification;
  }

  public ReadAllNotifications readAllNotifications() {
    return readAllNotifications;
  }

  /** Queues a text message in the caller's unit of work. */
  public Texter texter() {
    return texter;
  }

  /** Sends one batch of the outbox; a job runner calls it again and again. */
  public DispatchSms dispatchSms() {
    return dispatchSms;
  }

  public RecordSmsDeliveryReport recordSmsDeliveryReport() {
    return recordSmsDeliveryReport;
  }

  public RetrySms retrySms() {
    return retrySms;
  }

  public ViewSms viewSms() {
    return viewSms;
  }

  /** Queues, in the caller's unit of work, a change someone may have to be told of later. */
  public ChangeLog changeLog() {
    return changeLog;
  }
}
