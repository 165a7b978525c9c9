package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Staff change what they know of a lead; the fields left out stay as they are. */
public final class UpdateLead {
  /** Who asks, which lead, and what changes. */
  public record Command(Principal principal, LeadId lead, LeadForm changes) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(changes, "changes");
    }
  }

  private final Transactions tx;
  private final LeadRepository leads;
  private final CustomerRecordsPolicy policy;
  private final Clock clock;

  public UpdateLead(
      Transactions tx, LeadRepository leads, CustomerRecordsPolicy policy, Clock clock) {
    this.tx = tx;
    this.leads = leads;
    this.policy = policy;
    this.clock = clock;
  }

  public Lead update(Command command) {
    if (!policy.mayManageLeads(command.principal().actor())) {
      throw new NotFound("Lead");
    }
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> {
          Lead lead = leads.findById(command.lead()).orElseThrow(() -> new NotFound("Lead"));
          Lead revised =
              lead.revised(
                  command.changes().appliedTo(lead.details()),
                  LocalDate.ofInstant(now, clock.getZone()),
                  now);
          leads.update(revised);
          return revised;
        });
  }
}
