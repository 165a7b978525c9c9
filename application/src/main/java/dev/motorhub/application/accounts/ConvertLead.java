package dev.motorhub.application.accounts;

import dev.motorhub.application.customers.ContactRepository;
import dev.motorhub.application.customers.LeadRepository;
import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerId;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.identity.PasswordHash;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Staff turn a sales lead into a customer: a customer account with its profile is opened as {@link
 * CreateAccount} opens one, carrying over the lead's names, date of birth and notes; the lead's
 * contacts move to the new customer and the lead is deleted, all in one transaction. It lives with
 * the accounts, as it opens one (the customers context must not depend on the accounts).
 */
public final class ConvertLead {
  /** Who asks, which lead, and the new account's sign-in: username, email, phone and password. */
  public record Command(
      Principal principal,
      LeadId lead,
      String username,
      String email,
      String phone,
      String password) {
    @Override
    public String toString() {
      return "ConvertLead.Command[lead=" + lead + ", username=" + username + ", password=***]";
    }
  }

  private final Transactions tx;
  private final LeadRepository leads;
  private final ContactRepository contacts;
  private final AccountOpener opener;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwords;
  private final CustomerRecordsPolicy policy;
  private final Clock clock;

  public ConvertLead(
      Transactions tx,
      LeadRepository leads,
      ContactRepository contacts,
      AccountOpener opener,
      PasswordHasher hasher,
      PasswordPolicy passwords,
      CustomerRecordsPolicy policy,
      Clock clock) {
    this.tx = tx;
    this.leads = leads;
    this.contacts = contacts;
    this.opener = opener;
    this.hasher = hasher;
    this.passwords = passwords;
    this.policy = policy;
    this.clock = clock;
  }

  /** The new customer's account; the password is hashed outside the transaction. */
  public Account convert(Command command) {
    if (!policy.mayManageLeads(command.principal().actor())) {
      throw new NotFound("Lead");
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Lead lead = tx.inTransaction(() -> find(command.lead()));
    AccountForm.Valid valid =
        form(lead, command).validate(passwords, Role.CUSTOMER, EnumSet.of(Role.CUSTOMER), today);
    PasswordHash hash = hasher.hash(valid.password());
    return tx.inTransaction(
        () -> {
          if (!find(command.lead()).equals(lead)) {
            throw new Conflict("", "The lead was changed meanwhile; try again.");
          }
          Account account = opener.open(valid, hash, now, today);
          CustomerId customer = account.customer().orElseThrow().id();
          contacts.moveAll(lead.id(), customer, now);
          if (!leads.delete(lead.id())) {
            throw new NotFound("Lead");
          }
          return account;
        });
  }

  private Lead find(LeadId id) {
    return leads.findById(id).orElseThrow(() -> new NotFound("Lead"));
  }

  private static AccountForm form(Lead lead, Command command) {
    var details = lead.details();
    return AccountForm.builder(command.username(), command.email(), command.password())
        .phone(command.phone())
        .names(details.firstName(), details.lastName())
        .role(Role.CUSTOMER.wire())
        .notes(details.notes())
        .dateOfBirth(details.dateOfBirth().map(LocalDate::toString).orElse(null))
        .build();
  }
}
