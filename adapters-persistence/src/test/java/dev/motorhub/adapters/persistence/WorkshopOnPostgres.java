package dev.motorhub.adapters.persistence;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.carcare.OpenServiceRequest;
import dev.motorhub.application.carcare.RecordAttendance;
import dev.motorhub.application.carcare.ServiceRequestFilter;
import dev.motorhub.application.carcare.UpdateMechanicSkills;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.memory.Pbkdf2PasswordHasher;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicSkills;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.shared.PageRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workshop in the core over a fresh PostgreSQL store on a test clock: staff, four customers, and
 * helpers that add mechanics, record attendance and open requests for today through the use cases.
 */
final class WorkshopOnPostgres implements AutoCloseable {
  static final ServiceKindCode OIL = new ServiceKindCode("oil_change");

  final PostgresStore store;
  final Motorhub motorhub;
  final LocalDate today;
  private final Principal staff;
  private final List<Principal> customers = new ArrayList<>();

  /** The workshop, over a pool of {@code connections} connections. */
  WorkshopOnPostgres(int connections) {
    PostgresTestDatabase.emptyStore();
    TestClock clock = TestClock.start();
    today = LocalDate.now(clock);
    store = PostgresStore.connect(PostgresTestDatabase.url(), connections);
    motorhub =
        Motorhub.builder(store)
            .clock(clock)
            .passwordHasher(new Pbkdf2PasswordHasher(1_000))
            .build();
    staff = TestAccounts.staff(motorhub, "sam");
    for (String name : List.of("alice", "bob", "carol", "dan")) {
      customers.add(TestAccounts.principal(motorhub, TestAccounts.register(motorhub, name)));
    }
  }

  /** A mechanic doing oil changes on weekdays, with {@code years} and {@code capacity}. */
  Mechanic mechanic(String username, int years, int capacity) {
    Mechanic profile =
        TestAccounts.registerMechanic(motorhub, username).account().mechanic().orElseThrow();
    MechanicSkills skills =
        new MechanicSkills(
            "Cars",
            years,
            Set.of(OIL),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            capacity);
    return motorhub
        .carCare()
        .updateMechanicSkills()
        .update(new UpdateMechanicSkills.Command(staff, profile.id(), skills));
  }

  /** Staff record the mechanic's attendance today. */
  RecordAttendance.Recorded mark(Mechanic mechanic, AttendanceStatus status) {
    return motorhub
        .carCare()
        .recordAttendance()
        .record(new RecordAttendance.Command(staff, mechanic.id(), today, status));
  }

  /** One of the customers, chosen by {@code n}, opens an oil change for today. */
  ServiceRequest open(int n) {
    return motorhub
        .carCare()
        .openServiceRequest()
        .open(
            new OpenServiceRequest.Command(
                customers.get(n % customers.size()), OIL, "Oil change", today, Optional.empty()));
  }

  /** Today's jobs that count towards their mechanic's load, as stored. */
  List<ServiceRequest> assignedToday() {
    return store.transactions().inTransaction(() -> store.serviceRequests().assignedOn(today));
  }

  /** Every request for today, as stored. */
  List<ServiceRequest> requestedToday() {
    var today =
        new ServiceRequestFilter(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(this.today));
    return store
        .transactions()
        .inTransaction(() -> store.serviceRequests().search(today, PageRequest.first(100)))
        .items();
  }

  @Override
  public void close() {
    store.close();
  }
}
