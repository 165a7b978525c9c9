package dev.motorhub.application;

import dev.motorhub.application.billing.InvoiceIssuer;
import dev.motorhub.application.carcare.AddCostLine;
import dev.motorhub.application.carcare.AddServiceKind;
import dev.motorhub.application.carcare.CancelServiceRequest;
import dev.motorhub.application.carcare.CarCareNotices;
import dev.motorhub.application.carcare.ChangeCostLine;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.carcare.CreateMechanicProfile;
import dev.motorhub.application.carcare.GiveFeedback;
import dev.motorhub.application.carcare.OpenServiceRequest;
import dev.motorhub.application.carcare.RemoveCostLine;
import dev.motorhub.application.carcare.RemoveFeedback;
import dev.motorhub.application.carcare.RemoveMechanicProfile;
import dev.motorhub.application.carcare.ReviseFeedback;
import dev.motorhub.application.carcare.ReviseServiceRequest;
import dev.motorhub.application.carcare.ScheduleServiceRequest;
import dev.motorhub.application.carcare.Scheduler;
import dev.motorhub.application.carcare.StartServiceRequest;
import dev.motorhub.application.carcare.UpdateMechanicSkills;
import dev.motorhub.application.carcare.ViewAttendance;
import dev.motorhub.application.carcare.ViewFeedback;
import dev.motorhub.application.carcare.ViewMechanics;
import dev.motorhub.application.carcare.ViewSchedule;
import dev.motorhub.application.carcare.ViewServiceKinds;
import dev.motorhub.application.carcare.ViewServiceRequests;
import dev.motorhub.application.carcare.ViewWorkStatuses;
import dev.motorhub.application.carcare.WorkStatusLog;
import dev.motorhub.application.carcare.Workshop;
import dev.motorhub.application.notifications.Notifier;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.MechanicAssignmentPolicy;
import dev.motorhub.domain.carcare.WorkStatusPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;

/** Builds {@link CarCare}'s use cases, and what they share, over one {@link Store}. */
final class CarCareWiring {
  private CarCareWiring() {}

  /** What car care's use cases are made of. */
  record Wiring(
      Store store,
      CarCarePolicy policy,
      MechanicAssignmentPolicy assignment,
      WorkStatusPolicy workStatus,
      InvoiceIssuer issuer,
      Notifier notifier,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {}

  static CarCare wire(Wiring w) {
    var s = w.store();
    var tx = s.transactions();
    var policy = w.policy();
    var requests = s.serviceRequests();
    var workshop = new Workshop(s.mechanics(), s.attendance(), requests, s.workStatuses(), policy);
    var notices = new CarCareNotices(w.notifier(), s.mechanics());
    var scheduler = new Scheduler(workshop, requests, w.assignment(), notices, w.clock());
    var statuses = new WorkStatusLog(s.workStatuses(), w.ids(), w.clock());
    var addServiceKind = new AddServiceKind(tx, s.serviceKinds(), policy, w.ids());
    var viewServiceKinds = new ViewServiceKinds(tx, s.serviceKinds());
    var createMechanicProfile =
        new CreateMechanicProfile(
            tx, s.users(), s.mechanics(), s.serviceKinds(), policy, w.ids(), w.clock());
    var updateMechanicSkills =
        new UpdateMechanicSkills(tx, workshop, s.mechanics(), s.serviceKinds(), policy, w.clock());
    var removeMechanicProfile = new RemoveMechanicProfile(tx, workshop, s.mechanics(), policy);
    var viewMechanics = new ViewMechanics(tx, s.mechanics(), s.feedback(), s.workStatuses());
    var days = WorkDays.of(w, workshop, scheduler, statuses);
    var openServiceRequest =
        new OpenServiceRequest(
            tx, s.serviceKinds(), s.vehicles(), requests, scheduler, policy, w.ids(), w.clock());
    var reviseServiceRequest =
        new ReviseServiceRequest(tx, workshop, requests, scheduler, policy, w.clock());
    var scheduleServiceRequest =
        new ScheduleServiceRequest(tx, workshop, requests, scheduler, notices, policy, w.clock());
    var startServiceRequest =
        new StartServiceRequest(tx, workshop, requests, statuses, notices, policy, w.clock());
    var addCostLine =
        new AddCostLine(tx, workshop, s.costLines(), policy, w.ids(), w.settings(), w.clock());
    var changeCostLine = new ChangeCostLine(tx, workshop, s.costLines(), policy, w.settings());
    var removeCostLine = new RemoveCostLine(tx, workshop, s.costLines(), policy);
    var completeServiceRequest =
        new CompleteServiceRequest(
            tx,
            workshop,
            requests,
            s.costLines(),
            w.issuer(),
            statuses,
            notices,
            policy,
            w.clock());
    var cancelServiceRequest =
        new CancelServiceRequest(tx, workshop, requests, statuses, notices, policy, w.clock());
    var giveFeedback = new GiveFeedback(tx, workshop, s.feedback(), w.ids(), w.clock());
    var reviseFeedback = new ReviseFeedback(tx, workshop, s.feedback(), policy);
    var removeFeedback = new RemoveFeedback(tx, workshop, s.feedback(), policy);
    var viewServiceRequests =
        new ViewServiceRequests(tx, workshop, requests, s.costLines(), policy);
    var viewSchedule = new ViewSchedule(tx, workshop, s.mechanics(), requests, policy);
    var viewAttendance = new ViewAttendance(tx, workshop, s.attendance(), policy);
    var viewWorkStatuses = new ViewWorkStatuses(tx, s.workStatuses());
    var viewFeedback = new ViewFeedback(tx, workshop, s.feedback(), policy);
    return new CarCare(
        addServiceKind,
        viewServiceKinds,
        createMechanicProfile,
        updateMechanicSkills,
        removeMechanicProfile,
        viewMechanics,
        days.recordAttendance(),
        days.removeAttendance(),
        days.setWorkStatus(),
        days.withdrawWorkStatus(),
        openServiceRequest,
        reviseServiceRequest,
        scheduleServiceRequest,
        startServiceRequest,
        addCostLine,
        changeCostLine,
        removeCostLine,
        completeServiceRequest,
        cancelServiceRequest,
        giveFeedback,
        reviseFeedback,
        removeFeedback,
        viewServiceRequests,
        viewSchedule,
        viewAttendance,
        viewWorkStatuses,
        viewFeedback);
  }
}
