package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.Store;
import dev.motorhub.application.carcare.AddCostLine;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.carcare.OpenServiceRequest;
import dev.motorhub.application.carcare.RecordAttendance;
import dev.motorhub.application.carcare.StartServiceRequest;
import dev.motorhub.application.carcare.UpdateMechanicSkills;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.InMemoryStore;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicSkills;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.notifications.Notification;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.PageRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workshop in a core on a test clock (a Monday): staff, and helpers to add mechanics, mark them
 * present and open requests, all through the use cases.
 */
public final class TestWorkshop {
  public static final ServiceKindCode OIL = new ServiceKindCode("oil_change");
  public static final ServiceKindCode BRAKES = new ServiceKindCode("brake_service");

  public final TestClock clock = TestClock.start();
  public final Motorhub motorhub;
  public final Principal staff;

  /** A workshop in memory. */
  public TestWorkshop() {
    this(new InMemoryStore());
  }

  /** A workshop over {@code store} (empty), such as a database's. */
  public TestWorkshop(Store store) {
    motorhub =
        Motorhub.builder(store)
            .clock(clock)
            .passwordHasher(new Pbkdf2PasswordHasher(1_000))
            .build();
    staff = TestAccounts.staff(motorhub, "sam");
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A mechanic doing {@code kinds}, with {@code years}, weekdays, capacity {@code capacity}. */
  public Mechanic mechanic(String username, int years, int capacity, ServiceKindCode... kinds) {
    var registered = TestAccounts.registerMechanic(motorhub, username);
    Mechanic profile = registered.account().mechanic().orElseThrow();
    return motorhub
        .carCare()
        .updateMechanicSkills()
        .update(
            new UpdateMechanicSkills.Command(
                staff,
                profile.id(),
                new MechanicSkills(
                    "Cars",
                    years,
                    Set.of(kinds),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    capacity)));
  }

  /** The mechanic's account, signed in. */
  public Principal signedIn(Mechanic mechanic) {
    return motorhub
        .identity()
        .authenticate()
        .authenticate(TestAccounts.logIn(motorhub, usernameOf(mechanic)).tokens().accessToken());
  }

  private String usernameOf(Mechanic mechanic) {
    return motorhub
        .store()
        .transactions()
        .inTransaction(() -> motorhub.store().users().findById(mechanic.userId()))
        .orElseThrow()
        .details()
        .username()
        .value();
  }

  /** A customer account, signed in. */
  public Principal customer(String username) {
    return TestAccounts.principal(motorhub, TestAccounts.register(motorhub, username));
  }

  public void mark(Mechanic mechanic, LocalDate date, AttendanceStatus status) {
    motorhub
        .carCare()
        .recordAttendance()
        .record(new RecordAttendance.Command(staff, mechanic.id(), date, status));
  }

  public void present(Mechanic mechanic) {
    mark(mechanic, today(), AttendanceStatus.PRESENT);
  }

  public ServiceRequest open(Principal customer, ServiceKindCode kind, LocalDate date) {
    return motorhub
        .carCare()
        .openServiceRequest()
        .open(
            new OpenServiceRequest.Command(
                customer, kind, "Please have a look", date, Optional.empty()));
  }

  public ServiceRequest start(Principal by, ServiceRequest request) {
    return motorhub
        .carCare()
        .startServiceRequest()
        .start(new StartServiceRequest.Command(by, request.id()));
  }

  /** {@code request} started, costed at 30 by {@code by}, and completed: invoiced. */
  public CompleteServiceRequest.Completed workedAndCompleted(Principal by, ServiceRequest request) {
    start(by, request);
    cost(by, request, "Oil", 1, "30");
    return motorhub
        .carCare()
        .completeServiceRequest()
        .complete(new CompleteServiceRequest.Command(by, request.id()));
  }

  public void cost(
      Principal by, ServiceRequest request, String description, int qty, String price) {
    motorhub
        .carCare()
        .addCostLine()
        .add(new AddCostLine.Command(by, request.id(), description, qty, price));
  }

  /** What {@code user} was told, oldest first. */
  public List<NotificationKind> toldTo(UserId user) {
    return motorhub
        .store()
        .transactions()
        .inTransaction(() -> motorhub.store().notifications().list(user, PageRequest.first(100)))
        .items()
        .stream()
        .map(Notification::kind)
        .toList();
  }
}
