package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.LeadForm;
import dev.motorhub.application.customers.RegisterLead;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.customers.Lead;

/** Leads as staff note them down. */
public final class TestLeads {
  private TestLeads() {}

  /** A complete form: names, a source, notes and a date of birth. */
  public static LeadForm form(String firstName, String lastName) {
    return new LeadForm(firstName, lastName, "Motor show", "Wants a pickup.", "1988-07-01");
  }

  public static Lead register(Motorhub motorhub, Principal staff, LeadForm form) {
    return motorhub.customers().registerLead().register(new RegisterLead.Command(staff, form));
  }
}
