package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadDetails;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Staff note down a new sales lead. */
public final class RegisterLead {
  /** Who asks, and what is known of the lead. */
  public record Command(Principal principal, LeadForm form) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(form, "form");
    }
  }

  private final Transactions tx;
  private final LeadRepository leads;
  private final CustomerRecordsPolicy policy;
  private final IdGenerator ids;
  private final Clock clock;

  public RegisterLead(
      Transactions tx,
      LeadRepository leads,
      CustomerRecordsPolicy policy,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.leads = leads;
    this.policy = policy;
    this.ids = ids;
    this.clock = clock;
  }

  public Lead register(Command command) {
    AccessPolicy.require(
        policy.mayManageLeads(command.principal().actor()), "Only staff manage leads.");
    Instant now = clock.instant();
    Lead lead =
        Lead.register(
            new LeadId(ids.next()),
            command.form().appliedTo(LeadDetails.none()),
            LocalDate.ofInstant(now, clock.getZone()),
            now);
    tx.run(() -> leads.add(lead));
    return lead;
  }
}
