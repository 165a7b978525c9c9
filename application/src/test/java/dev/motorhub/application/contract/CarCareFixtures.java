package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.Fixtures.T0;
import static dev.motorhub.application.contract.Fixtures.nextId;

import dev.motorhub.application.Store;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceId;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.RequestDetails;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The records the car care contracts store, over accounts stored first as the database needs. */
public final class CarCareFixtures {
  /** The day the car care fixtures' requests are for: a Monday. */
  public static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  public static final ServiceKindCode OIL = new ServiceKindCode("oil_change");
  public static final ServiceKindCode BRAKES = new ServiceKindCode("brake_service");

  private CarCareFixtures() {}

  /** Stores a new account named {@code username}, in its own transaction. */
  public static User account(Store store, String username) {
    User user = Fixtures.user(username);
    store.transactions().run(() -> store.users().add(user));
    return user;
  }

  /** Stores a mechanic account and its profile: oil and brakes, Monday to Saturday, capacity 3. */
  public static Mechanic mechanic(Store store, String username) {
    Mechanic mechanic =
        new Mechanic(
            new MechanicId(nextId()),
            account(store, username).id(),
            "Brakes and oil",
            7,
            Set.of(OIL, BRAKES),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
            3,
            T0,
            T0);
    store.transactions().run(() -> store.mechanics().add(mechanic));
    return mechanic;
  }

  public static ServiceRequest.Pending pending(UserId customer, LocalDate date) {
    return ServiceRequest.open(
        new RequestDetails(
            new ServiceRequestId(nextId()),
            customer,
            OIL,
            "Oil change and a look at the brakes",
            date,
            Optional.empty(),
            T0),
        "No mechanic has this specialization.");
  }

  public static ServiceRequest.Scheduled scheduled(
      UserId customer, Mechanic mechanic, LocalDate date) {
    return pending(customer, date).schedule(mechanic.id(), Fixtures.at(1));
  }

  public static Attendance attendance(Mechanic mechanic, LocalDate date, AttendanceStatus status) {
    return new Attendance(
        new AttendanceId(nextId()), mechanic.id(), date, status, mechanic.userId(), Fixtures.at(2));
  }

  public static CostLine costLine(ServiceRequest request, UserId by, String price) {
    return new CostLine(
        new CostLineId(nextId()),
        request.id(),
        new InvoiceLine("Synthetic oil, 5 l", 2, Money.of(price, "USD")),
        by,
        Fixtures.at(3));
  }
}
