package dev.motorhub.application.accounts;

import dev.motorhub.application.carcare.MechanicRepository;
import dev.motorhub.application.carcare.ServiceKindRepository;
import dev.motorhub.application.customers.CustomerRepository;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.SpecializationText;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.identity.AccountStatus;
import dev.motorhub.domain.identity.PasswordHash;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Stores a new account, active unless said otherwise, with the profile its role calls for: a
 * customer profile for a customer, a mechanic profile for a mechanic, none for staff (nor for an
 * account opened without its profile). A mechanic is scheduled for the service kinds their free
 * text specialization names ({@link SpecializationText}). Runs inside the caller's transaction.
 */
public final class AccountOpener {
  private final UserRepository users;
  private final CustomerRepository customers;
  private final MechanicRepository mechanics;
  private final ServiceKindRepository kinds;
  private final IdGenerator ids;

  public AccountOpener(
      UserRepository users,
      CustomerRepository customers,
      MechanicRepository mechanics,
      ServiceKindRepository kinds,
      IdGenerator ids) {
    this.users = users;
    this.customers = customers;
    this.mechanics = mechanics;
    this.kinds = kinds;
    this.ids = ids;
  }

  Account open(AccountForm.Valid form, PasswordHash hash, Instant now, LocalDate today) {
    return open(form, hash, AccountStatus.ACTIVE, CreateAccount.Profile.OF_ROLE, now, today);
  }

  Account open(
      AccountForm.Valid form,
      PasswordHash hash,
      AccountStatus status,
      CreateAccount.Profile profile,
      Instant now,
      LocalDate today) {
    User user =
        User.open(new UserId(ids.next()), form.details(), form.role(), hash, now)
            .withStatus(status, now);
    users.add(user);
    Optional<Customer> customer = Optional.empty();
    Optional<Mechanic> mechanic = Optional.empty();
    if (profile == CreateAccount.Profile.NONE) {
      return new Account(user, customer, mechanic);
    }
    if (form.role() == Role.CUSTOMER) {
      customer =
          Optional.of(
              Customer.create(new CustomerId(ids.next()), user.id(), form.customer(), today, now));
      customers.add(customer.get());
    } else if (form.role() == Role.MECHANIC) {
      mechanic =
          Optional.of(
              new Mechanic(
                  new MechanicId(ids.next()),
                  user.id(),
                  form.specialization(),
                  form.experienceYears(),
                  SpecializationText.kindsNamed(form.specialization(), Page.all(kinds::list)),
                  Mechanic.WEEKDAYS,
                  Mechanic.DEFAULT_CAPACITY,
                  now,
                  now));
      mechanics.add(mechanic.get());
    }
    return new Account(user, customer, mechanic);
  }
}
