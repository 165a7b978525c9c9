package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.Customer;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerName;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.PhoneNumber;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.util.Objects;

/**
 * Staff add a customer who needs no account (seed 004's customers): a name and a phone in E.164,
 * unique among such customers.
 */
public final class AddCustomer {
  /** Who asks, and the new customer's name and phone. */
  public record Command(Principal principal, CustomerName name, PhoneNumber phone) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(phone, "phone");
    }

    /** The command from the name and phone as a client sends them; every bad field is named. */
    public static Command of(Principal principal, String name, String phone) {
      Violations violations = new Violations();
      violations.require(name, "name").require(phone, "phone_number");
      violations.throwIfAny();
      CustomerName checkedName = violations.capture(() -> new CustomerName(name));
      PhoneNumber checkedPhone = violations.capture(() -> new PhoneNumber(phone));
      violations.throwIfAny();
      return new Command(principal, checkedName, checkedPhone);
    }
  }

  private final Transactions tx;
  private final CustomerRepository customers;
  private final CustomerRecordsPolicy policy;
  private final IdGenerator ids;
  private final Clock clock;

  public AddCustomer(
      Transactions tx,
      CustomerRepository customers,
      CustomerRecordsPolicy policy,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.customers = customers;
    this.policy = policy;
    this.ids = ids;
    this.clock = clock;
  }

  public CustomerRecord add(Command command) {
    AccessPolicy.require(
        policy.mayKeepStandalone(command.principal().actor()),
        "Only staff can add customers without an account.");
    Customer customer =
        Customer.standalone(
            new CustomerId(ids.next()), command.name(), command.phone(), clock.instant());
    tx.run(() -> customers.add(customer));
    return CustomerRecord.standalone(customer);
  }
}
