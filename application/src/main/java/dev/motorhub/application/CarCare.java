package dev.motorhub.application;

import dev.motorhub.application.billing.InvoiceIssuer;
import dev.motorhub.application.carcare.AddCostLine;
import dev.motorhub.application.carcare.AddServiceKind;
import dev.motorhub.application.carcare.CancelServiceRequest;
import dev.motorhub.application.carcare.CarCareNotices;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.carcare.CreateMechanicProfile;
import dev.motorhub.application.carcare.GiveFeedback;
import dev.motorhub.application.carcare.OpenServiceRequest;
import dev.motorhub.application.carcare.RecordAttendance;
import dev.motorhub.application.carcare.ReviseServiceRequest;
import dev.motorhub.application.carcare.ScheduleServiceRequest;
import dev.motorhub.application.carcare.Scheduler;
import dev.motorhub.application.carcare.SetWorkStatus;
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

/**
 * The use cases of car care, wired over one {@link Store}: the catalogue, mechanics' skills,
 * attendance and status, service requests from opening to feedback, and the day's schedule. {@link
 * Motorhub} builds one and hands it out as {@link Motorhub#carCare()}.
 */
public final class CarCare {
  private final AddServiceKind addServiceKind;
  private final ViewServiceKinds viewServiceKinds;
  private final CreateMechanicProfile createMechanicProfile;
  private final UpdateMechanicSkills updateMechanicSkills;
  private final ViewMechanics viewMechanics;
  private final RecordAttendance recordAttendance;
  private final SetWorkStatus setWorkStatus;
  private final OpenServiceRequest openServiceRequest;
  private final ReviseServiceRequest reviseServiceRequest;
  private final ScheduleServiceRequest scheduleServiceRequest;
  private final StartServiceRequest startServiceRequest;
  private final AddCostLine addCostLine;
  private final CompleteServiceRequest completeServiceRequest;
  private final CancelServiceRequest cancelServiceRequest;
  private final GiveFeedback giveFeedback;
  private final ViewServiceRequests viewServiceRequests;
  private final ViewSchedule viewSchedule;
  private final ViewAttendance viewAttendance;
  private final ViewWorkStatuses viewWorkStatuses;
  private final ViewFeedback viewFeedback;

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

  CarCare(Wiring w) {
    var s = w.store();
    var tx = s.transactions();
    var policy = w.policy();
    var requests = s.serviceRequests();
    var workshop = new Workshop(s.mechanics(), s.attendance(), requests, s.workStatuses(), policy);
    var notices = new CarCareNotices(w.notifier(), s.mechanics());
    var scheduler = new Scheduler(workshop, requests, w.assignment(), notices, w.clock());
    var statuses = new WorkStatusLog(s.workStatuses(), w.ids(), w.clock());
    addServiceKind = new AddServiceKind(tx, s.serviceKinds(), policy, w.ids());
    viewServiceKinds = new ViewServiceKinds(tx, s.serviceKinds());
    createMechanicProfile =
        new CreateMechanicProfile(
            tx, s.users(), s.mechanics(), s.serviceKinds(), policy, w.ids(), w.clock());
    updateMechanicSkills =
        new UpdateMechanicSkills(tx, workshop, s.mechanics(), s.serviceKinds(), policy, w.clock());
    viewMechanics = new ViewMechanics(tx, s.mechanics(), s.feedback(), s.workStatuses());
    recordAttendance =
        new RecordAttendance(
            tx,
            workshop,
            s.attendance(),
            requests,
            scheduler,
            statuses,
            policy,
            w.ids(),
            w.clock());
    setWorkStatus =
        new SetWorkStatus(
            tx, workshop, s.attendance(), requests, statuses, policy, w.workStatus(), w.clock());
    openServiceRequest =
        new OpenServiceRequest(
            tx, s.serviceKinds(), s.vehicles(), requests, scheduler, policy, w.ids(), w.clock());
    reviseServiceRequest = new ReviseServiceRequest(tx, workshop, requests, scheduler, w.clock());
    scheduleServiceRequest =
        new ScheduleServiceRequest(tx, workshop, requests, scheduler, notices, policy, w.clock());
    startServiceRequest =
        new StartServiceRequest(tx, workshop, requests, statuses, notices, policy, w.clock());
    addCostLine =
        new AddCostLine(tx, workshop, s.costLines(), policy, w.ids(), w.settings(), w.clock());
    completeServiceRequest =
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
    cancelServiceRequest =
        new CancelServiceRequest(tx, workshop, requests, statuses, notices, policy, w.clock());
    giveFeedback = new GiveFeedback(tx, workshop, s.feedback(), w.ids(), w.clock());
    viewServiceRequests = new ViewServiceRequests(tx, workshop, requests, s.costLines(), policy);
    viewSchedule = new ViewSchedule(tx, workshop, s.mechanics(), requests, policy);
    viewAttendance = new ViewAttendance(tx, workshop, s.attendance(), policy);
    viewWorkStatuses = new ViewWorkStatuses(tx, s.workStatuses());
    viewFeedback = new ViewFeedback(tx, workshop, s.feedback(), policy);
  }

  public AddServiceKind addServiceKind() {
    return addServiceKind;
  }

  public ViewServiceKinds viewServiceKinds() {
    return viewServiceKinds;
  }

  public CreateMechanicProfile createMechanicProfile() {
    return createMechanicProfile;
  }

  public UpdateMechanicSkills updateMechanicSkills() {
    return updateMechanicSkills;
  }

  public ViewMechanics viewMechanics() {
    return viewMechanics;
  }

  public RecordAttendance recordAttendance() {
    return recordAttendance;
  }

  public SetWorkStatus setWorkStatus() {
    return setWorkStatus;
  }

  public OpenServiceRequest openServiceRequest() {
    return openServiceRequest;
  }

  public ReviseServiceRequest reviseServiceRequest() {
    return reviseServiceRequest;
  }

  public ScheduleServiceRequest scheduleServiceRequest() {
    return scheduleServiceRequest;
  }

  public StartServiceRequest startServiceRequest() {
    return startServiceRequest;
  }

  public AddCostLine addCostLine() {
    return addCostLine;
  }

  public CompleteServiceRequest completeServiceRequest() {
    return completeServiceRequest;
  }

  public CancelServiceRequest cancelServiceRequest() {
    return cancelServiceRequest;
  }

  public GiveFeedback giveFeedback() {
    return giveFeedback;
  }

  public ViewServiceRequests viewServiceRequests() {
    return viewServiceRequests;
  }

  public ViewSchedule viewSchedule() {
    return viewSchedule;
  }

  public ViewAttendance viewAttendance() {
    return viewAttendance;
  }

  public ViewWorkStatuses viewWorkStatuses() {
    return viewWorkStatuses;
  }

  public ViewFeedback viewFeedback() {
    return viewFeedback;
  }
}
