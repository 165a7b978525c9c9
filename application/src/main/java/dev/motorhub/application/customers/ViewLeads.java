package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/** Reads sales leads, staff only: to anyone else no lead exists, and listing them is refused. */
public final class ViewLeads {
  private final Transactions tx;
  private final LeadRepository leads;
  private final CustomerRecordsPolicy policy;

  public ViewLeads(Transactions tx, LeadRepository leads, CustomerRecordsPolicy policy) {
    this.tx = tx;
    this.leads = leads;
    this.policy = policy;
  }

  public Lead get(Principal principal, LeadId id) {
    if (!policy.mayManageLeads(principal.actor())) {
      throw new NotFound("Lead");
    }
    return tx.read(() -> leads.findById(id).orElseThrow(() -> new NotFound("Lead")));
  }

  public Page<Lead> list(Principal principal, LeadFilter filter, PageRequest page) {
    AccessPolicy.require(policy.mayManageLeads(principal.actor()), "Only staff manage leads.");
    return tx.read(() -> leads.list(filter, page));
  }
}
