package dev.motorhub.application;

import dev.motorhub.application.carcare.AddCostLine;
import dev.motorhub.application.carcare.AddServiceKind;
import dev.motorhub.application.carcare.CancelServiceRequest;
import dev.motorhub.application.carcare.ChangeCostLine;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.carcare.CreateMechanicProfile;
import dev.motorhub.application.carcare.GiveFeedback;
import dev.motorhub.application.carcare.OpenServiceRequest;
import dev.motorhub.application.carcare.RecordAttendance;
import dev.motorhub.application.carcare.RemoveAttendance;
import dev.motorhub.application.carcare.RemoveCostLine;
import dev.motorhub.application.carcare.RemoveFeedback;
import dev.motorhub.application.carcare.RemoveMechanicProfile;
import dev.motorhub.application.carcare.ReviseFeedback;
import dev.motorhub.application.carcare.ReviseServiceRequest;
import dev.motorhub.application.carcare.ScheduleServiceRequest;
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
import dev.motorhub.application.carcare.WithdrawWorkStatus;

/**
 * The use cases of car care: the catalogue, mechanics' skills, attendance and status, service
 * requests from opening to feedback, and the day's schedule. {@link CarCareWiring} builds one over
 * a {@link Store}; {@link Motorhub} hands it out as {@link Motorhub#carCare()}.
 */
public record CarCare(
    AddServiceKind addServiceKind,
    ViewServiceKinds viewServiceKinds,
    CreateMechanicProfile createMechanicProfile,
    UpdateMechanicSkills updateMechanicSkills,
    RemoveMechanicProfile removeMechanicProfile,
    ViewMechanics viewMechanics,
    RecordAttendance recordAttendance,
    RemoveAttendance removeAttendance,
    SetWorkStatus setWorkStatus,
    WithdrawWorkStatus withdrawWorkStatus,
    OpenServiceRequest openServiceRequest,
    ReviseServiceRequest reviseServiceRequest,
    ScheduleServiceRequest scheduleServiceRequest,
    StartServiceRequest startServiceRequest,
    AddCostLine addCostLine,
    ChangeCostLine changeCostLine,
    RemoveCostLine removeCostLine,
    CompleteServiceRequest completeServiceRequest,
    CancelServiceRequest cancelServiceRequest,
    GiveFeedback giveFeedback,
    ReviseFeedback reviseFeedback,
    RemoveFeedback removeFeedback,
    ViewServiceRequests viewServiceRequests,
    ViewSchedule viewSchedule,
    ViewAttendance viewAttendance,
    ViewWorkStatuses viewWorkStatuses,
    ViewFeedback viewFeedback) {}
