package dev.motorhub.application;

import dev.motorhub.application.carcare.RecordAttendance;
import dev.motorhub.application.carcare.RemoveAttendance;
import dev.motorhub.application.carcare.Scheduler;
import dev.motorhub.application.carcare.SetWorkStatus;
import dev.motorhub.application.carcare.WithdrawWorkStatus;
import dev.motorhub.application.carcare.WorkStatusLog;
import dev.motorhub.application.carcare.Workshop;

/** Car care's use cases of mechanics' days: attendance and work status, kept and corrected. */
record WorkDays(
    RecordAttendance recordAttendance,
    RemoveAttendance removeAttendance,
    SetWorkStatus setWorkStatus,
    WithdrawWorkStatus withdrawWorkStatus) {

  static WorkDays of(
      CarCareWiring.Wiring w, Workshop workshop, Scheduler scheduler, WorkStatusLog statuses) {
    var tx = w.store().transactions();
    var policy = w.policy();
    var requests = w.store().serviceRequests();
    var recordAttendance =
        new RecordAttendance(
            tx,
            workshop,
            w.store().attendance(),
            requests,
            scheduler,
            statuses,
            policy,
            w.ids(),
            w.clock());
    var removeAttendance = new RemoveAttendance(tx, w.store().attendance(), requests, policy);
    var setWorkStatus =
        new SetWorkStatus(
            tx,
            workshop,
            w.store().attendance(),
            requests,
            statuses,
            policy,
            w.workStatus(),
            w.clock());
    var withdrawWorkStatus =
        new WithdrawWorkStatus(
            tx,
            workshop,
            w.store().workStatuses(),
            w.store().attendance(),
            requests,
            policy,
            w.workStatus(),
            w.clock());
    return new WorkDays(recordAttendance, removeAttendance, setWorkStatus, withdrawWorkStatus);
  }
}
