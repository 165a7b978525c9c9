package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicSkills;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@code MechanicRepository} keeps of what scheduling reads: the service kinds, working
 * days and capacity of a profile, found by id, by kind, and a page at a time.
 */
public abstract class MechanicSkillsContract extends StoreContract {

  @Test
  void revisedSkills_areKeptWithEveryField_andFoundById() {
    User alice = CarCareFixtures.account(store, "alice");
    Mechanic mechanic = Fixtures.mechanic(alice.id(), "Brakes", 1);
    runTx(() -> store.mechanics().add(mechanic));
    Mechanic revised =
        mechanic.withSkills(
            new MechanicSkills(
                "Brakes and electrics",
                9,
                Set.of(new ServiceKindCode("brake_service"), new ServiceKindCode("electrical")),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                6),
            Fixtures.at(5));

    runTx(() -> store.mechanics().update(revised));

    assertThat(inTx(() -> store.mechanics().findById(mechanic.id()))).contains(revised);
    assertThat(inTx(() -> store.mechanics().findByUser(alice.id()))).contains(revised);
  }

  @Test
  void qualifiedFor_isTheMechanicsWithThatKind_inIdOrder() {
    Mechanic brakes = CarCareFixtures.mechanic(store, "mo");
    Mechanic unskilled = Fixtures.mechanic(CarCareFixtures.account(store, "al").id(), "Tyres", 3);
    runTx(() -> store.mechanics().add(unskilled));
    Mechanic alsoBrakes = CarCareFixtures.mechanic(store, "ann");

    assertThat(inTx(() -> store.mechanics().qualifiedFor(CarCareFixtures.BRAKES)))
        .containsExactly(brakes, alsoBrakes);
    assertThat(inTx(() -> store.mechanics().qualifiedFor(new ServiceKindCode("bodywork"))))
        .isEmpty();
  }

  @Test
  void list_pagesTheProfilesInIdOrder() {
    List<Mechanic> three =
        List.of(
            CarCareFixtures.mechanic(store, "mo"),
            CarCareFixtures.mechanic(store, "ann"),
            CarCareFixtures.mechanic(store, "bo"));

    Page<Mechanic> page = inTx(() -> store.mechanics().list(PageRequest.first(2)));
    assertThat(page.items()).containsExactly(three.get(0), three.get(1));
    assertThat(inTx(() -> store.mechanics().list(Fixtures.nextPage(page, 2))).items())
        .containsExactly(three.get(2));
  }
}
