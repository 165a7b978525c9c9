package dev.motorhub.application.contract;

import static dev.motorhub.application.contract.RecordFixtures.lead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.customers.LeadFilter;
import dev.motorhub.domain.customers.Contact;
import dev.motorhub.domain.customers.Lead;
import dev.motorhub.domain.customers.LeadDetails;
import dev.motorhub.domain.customers.LeadId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code LeadRepository} keeps: leads as stored, searched, deleted with contacts. */
public abstract class LeadRepositoryContract extends StoreContract {

  @Test
  void anAddedLead_isFoundWithEveryField() {
    Lead lead =
        lead(
            new LeadDetails(
                "Kim",
                "Otieno",
                "Motor show",
                "Wants a pickup.\nCall after six.",
                Optional.of(LocalDate.of(1988, 7, 1))));
    runTx(() -> store.leads().add(lead));

    assertThat(inTx(() -> store.leads().findById(lead.id()))).contains(lead);
    assertThat(inTx(() -> store.leads().findById(new LeadId(Fixtures.nextId())))).isEmpty();
  }

  @Test
  void update_keepsTheNewDetails_andCanRemoveTheDateOfBirth() {
    Lead lead = lead(RecordFixtures.details("Kim", "", "Website", LocalDate.of(1988, 7, 1)));
    runTx(() -> store.leads().add(lead));
    Lead revised =
        lead.revised(
            new LeadDetails("Kim", "Otieno", "Referral", "", Optional.empty()),
            LocalDate.of(2025, 3, 10),
            Fixtures.at(5));

    runTx(() -> store.leads().update(revised));

    assertThat(inTx(() -> store.leads().findById(lead.id()))).contains(revised);
  }

  @Test
  void list_filtersOnNamePartsAndWholeSources_regardlessOfCase() {
    Lead kim = lead("Kim", "Otieno", "Website");
    Lead kimberly = lead("Kimberly", "Wanjiru", "Motor show");
    Lead tom = lead("Tom", "Kimani", "website");
    runTx(() -> List.of(kim, kimberly, tom).forEach(store.leads()::add));

    assertThat(list(LeadFilter.none())).containsExactly(kim, kimberly, tom);
    assertThat(list(LeadFilter.of("KIM", null, null))).containsExactly(kim, kimberly);
    assertThat(list(LeadFilter.of(null, "kim", null))).containsExactly(tom);
    assertThat(list(LeadFilter.of(null, null, "WEBSITE"))).containsExactly(kim, tom);
    assertThat(list(LeadFilter.of(null, null, "web"))).isEmpty();
    assertThat(list(LeadFilter.of("kim", "otie", "website"))).containsExactly(kim);
  }

  @Test
  void list_pagesWithCursors() {
    List<Lead> leads = List.of(lead("A", "", ""), lead("B", "", ""), lead("C", "", ""));
    runTx(() -> leads.forEach(store.leads()::add));

    Page<Lead> first = inTx(() -> store.leads().list(LeadFilter.none(), PageRequest.first(2)));
    Page<Lead> second =
        inTx(() -> store.leads().list(LeadFilter.none(), Fixtures.nextPage(first, 2)));

    assertThat(first.items()).containsExactly(leads.get(0), leads.get(1));
    assertThat(second.items()).containsExactly(leads.get(2));
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void delete_removesTheLeadAndItsContacts_only() {
    Lead gone = lead("Kim", "", "");
    Lead kept = lead("Tom", "", "");
    Contact goneContact = RecordFixtures.phoneOf(gone.id(), "+254701000001");
    Contact keptContact = RecordFixtures.phoneOf(kept.id(), "+254701000002");
    runTx(
        () -> {
          List.of(gone, kept).forEach(store.leads()::add);
          List.of(goneContact, keptContact).forEach(store.contacts()::add);
        });

    assertThat(inTx(() -> store.leads().delete(gone.id()))).isTrue();

    assertThat(inTx(() -> store.leads().findById(gone.id()))).isEmpty();
    assertThat(inTx(() -> store.contacts().findById(goneContact.id()))).isEmpty();
    assertThat(inTx(() -> store.leads().findById(kept.id()))).contains(kept);
    assertThat(inTx(() -> store.contacts().findById(keptContact.id()))).contains(keptContact);
    assertThat(inTx(() -> store.leads().delete(gone.id()))).as("gone already").isFalse();
  }

  private List<Lead> list(LeadFilter filter) {
    return inTx(() -> store.leads().list(filter, PageRequest.first(100))).items();
  }
}
