package dev.motorhub.application.customers;

import static dev.motorhub.application.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.Customers;
import dev.motorhub.application.Motorhub;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestClock;
import dev.motorhub.application.support.TestLeads;
import dev.motorhub.application.support.TestMotorhub;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff register, read, change and delete leads; nobody else knows of them. */
class LeadsTest {
  private final TestClock clock = TestClock.start();
  private final Motorhub motorhub = TestMotorhub.on(clock);
  private final Customers records = motorhub.customers();
  private Principal staff;
  private Principal customer;

  @BeforeEach
  void staffAndACustomer() {
    staff = TestAccounts.staff(motorhub, "stella");
    customer = TestAccounts.principal(motorhub, TestAccounts.register(motorhub, "alice"));
  }

  @Test
  void staffRegisterALead_withEveryDetail() {
    Lead lead = TestLeads.register(motorhub, staff, TestLeads.form("Kim", "Otieno"));

    assertThat(lead.details().firstName()).isEqualTo("Kim");
    assertThat(lead.details().lastName()).isEqualTo("Otieno");
    assertThat(lead.details().source()).isEqualTo("Motor show");
    assertThat(lead.details().notes()).isEqualTo("Wants a pickup.");
    assertThat(lead.details().dateOfBirth()).contains(LocalDate.of(1988, 7, 1));
    assertThat(lead.createdAt()).isEqualTo(clock.instant());
    assertThat(records.viewLeads().get(staff, lead.id())).isEqualTo(lead);
  }

  @Test
  void aLeadWithoutAName_orBornTomorrow_isRefused() {
    InvalidInput unnamed =
        refused(
            InvalidInput.class,
            () -> TestLeads.register(motorhub, staff, new LeadForm(" ", null, "Web", null, null)));
    InvalidInput unborn =
        refused(
            InvalidInput.class,
            () ->
                TestLeads.register(
                    motorhub, staff, new LeadForm("Kim", null, null, null, "2025-03-11")));
    InvalidInput badDate =
        refused(
            InvalidInput.class,
            () ->
                TestLeads.register(
                    motorhub, staff, new LeadForm("Kim", null, null, null, "11/03/1990")));

    assertThat(unnamed.errors()).containsOnlyKeys("first_name");
    assertThat(unborn.errors()).containsOnlyKeys("dob");
    assertThat(badDate.errors()).containsOnlyKeys("dob");
  }

  @Test
  void staffChangeWhatTheyName_andTheRestStays() {
    Lead lead = TestLeads.register(motorhub, staff, TestLeads.form("Kim", "Otieno"));
    clock.advance(Duration.ofMinutes(5));

    Lead changed =
        records
            .updateLead()
            .update(
                new UpdateLead.Command(
                    staff, lead.id(), new LeadForm(null, "Kamau", "Referral", null, "")));

    assertThat(changed.details().firstName()).isEqualTo("Kim");
    assertThat(changed.details().lastName()).isEqualTo("Kamau");
    assertThat(changed.details().source()).isEqualTo("Referral");
    assertThat(changed.details().notes()).isEqualTo("Wants a pickup.");
    assertThat(changed.details().dateOfBirth()).as("emptied").isEmpty();
    assertThat(changed.updatedAt()).isEqualTo(clock.instant());
    assertThat(records.viewLeads().get(staff, lead.id())).isEqualTo(changed);
  }

  @Test
  void staffListLeads_filteredByNameAndSource() {
    TestLeads.register(motorhub, staff, TestLeads.form("Kim", "Otieno"));
    TestLeads.register(motorhub, staff, new LeadForm("Tom", "Kimani", "Website", null, null));

    assertThat(names(LeadFilter.none())).containsExactly("Kim", "Tom");
    assertThat(names(LeadFilter.of(null, "kim", null))).containsExactly("Tom");
    assertThat(names(LeadFilter.of(null, null, "motor show"))).containsExactly("Kim");
  }

  @Test
  void toAnyoneButStaff_leadsDoNotExist() {
    Lead lead = TestLeads.register(motorhub, staff, TestLeads.form("Kim", "Otieno"));

    refused(
        Forbidden.class,
        () -> TestLeads.register(motorhub, customer, TestLeads.form("Eve", "Hacker")));
    refused(Forbidden.class, () -> names(customer, LeadFilter.none()));
    refused(NotFound.class, () -> records.viewLeads().get(customer, lead.id()));
    refused(
        NotFound.class,
        () ->
            records
                .updateLead()
                .update(
                    new UpdateLead.Command(
                        customer, lead.id(), new LeadForm("X", null, null, null, null))));
    refused(
        NotFound.class,
        () -> records.removeLead().remove(new RemoveLead.Command(customer, lead.id())));
    assertThat(records.viewLeads().get(staff, lead.id())).isEqualTo(lead);
  }

  @Test
  void staffDeleteALead_once() {
    Lead lead = TestLeads.register(motorhub, staff, TestLeads.form("Kim", "Otieno"));

    records.removeLead().remove(new RemoveLead.Command(staff, lead.id()));

    refused(NotFound.class, () -> records.viewLeads().get(staff, lead.id()));
    refused(
        NotFound.class,
        () -> records.removeLead().remove(new RemoveLead.Command(staff, lead.id())));
  }

  private List<String> names(LeadFilter filter) {
    return names(staff, filter);
  }

  private List<String> names(Principal principal, LeadFilter filter) {
    return records.viewLeads().list(principal, filter, PageRequest.first(10)).items().stream()
        .map(l -> l.details().firstName())
        .toList();
  }
}
