package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.NotFound;
import java.util.Objects;

/** Staff delete a lead, and its contacts with it. */
public final class RemoveLead {
  /** Who asks, and which lead. */
  public record Command(Principal principal, LeadId lead) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(lead, "lead");
    }
  }

  private final Transactions tx;
  private final LeadRepository leads;
  private final CustomerRecordsPolicy policy;

  public RemoveLead(Transactions tx, LeadRepository leads, CustomerRecordsPolicy policy) {
    this.tx = tx;
    this.leads = leads;
    this.policy = policy;
  }

  public void remove(Command command) {
    if (!policy.mayManageLeads(command.principal().actor())
        || !tx.inTransaction(() -> leads.delete(command.lead()))) {
      throw new NotFound("Lead");
    }
  }
}
