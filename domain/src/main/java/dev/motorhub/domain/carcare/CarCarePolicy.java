package dev.motorhub.domain.carcare;

import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may do what in the workshop: customers open requests for themselves and follow them;
 * mechanics work the jobs assigned to them and keep their own attendance and status for today;
 * staff run everything (the catalogue, profiles, assignments, any past day's attendance). {@code
 * own} is the actor's mechanic profile, when they have one.
 */
public final class CarCarePolicy {

  /** Keeping the catalogue and the profiles, scheduling by hand, seeing every day: staff. */
  public boolean mayManage(Actor actor) {
    return actor.isAdministrative();
  }

  public void requireStaff(Actor actor) {
    AccessPolicy.require(mayManage(actor), "Only staff manage the workshop.");
  }

  /** Opening a service request: customers only. */
  public void requireCustomer(Actor actor) {
    AccessPolicy.require(actor.role() == Role.CUSTOMER, "Only customers open service requests.");
  }

  /** Seeing a request: its customer, the mechanic on it, and staff. */
  public boolean maySee(Actor actor, ServiceRequest request, Optional<MechanicId> own) {
    return mayManage(actor) || actor.is(request.customer()) || isAssigned(request, own);
  }

  /** Starting, costing and completing a job: the mechanic on it, or staff. */
  public void requireWorker(Actor actor, ServiceRequest request, Optional<MechanicId> own) {
    AccessPolicy.require(
        mayManage(actor) || isAssigned(request, own),
        "Only the assigned mechanic or staff work on this request.");
  }

  /** Cancelling: the customer until work starts, staff until it is completed. */
  public void requireCanceller(Actor actor, ServiceRequest.Active request) {
    boolean customerInTime =
        actor.is(request.customer()) && !(request instanceof ServiceRequest.InProgress);
    AccessPolicy.require(
        mayManage(actor) || customerInTime, "Only staff cancel a request once work has started.");
  }

  /** Acting on a mechanic's own records (profile, attendance, status): that mechanic, or staff. */
  public void requireSelfOrStaff(Actor actor, Mechanic mechanic) {
    AccessPolicy.require(
        mayManage(actor) || actor.is(mechanic.userId()),
        "Only the mechanic themselves or staff may do this.");
  }

  /**
   * Attendance is never for a date still to come; staff record any other day, a mechanic only
   * today.
   */
  public void requireAttendanceDate(Actor actor, LocalDate date, LocalDate today) {
    if (date.isAfter(today)) {
      throw InvalidInput.of("attendance_date", "Attendance cannot be recorded for a future date.");
    }
    AccessPolicy.require(
        mayManage(actor) || date.equals(today),
        "Mechanics record their attendance for today only.");
  }

  /** A request, opened or revised, asks for today or a later date, never one gone by. */
  public void requireRequestableDate(LocalDate date, LocalDate today) {
    if (date.isBefore(today)) {
      throw InvalidInput.of("requested_date", "The requested date cannot be in the past.");
    }
  }

  private static boolean isAssigned(ServiceRequest request, Optional<MechanicId> own) {
    return own.isPresent() && request.mechanic().equals(own);
  }
}
