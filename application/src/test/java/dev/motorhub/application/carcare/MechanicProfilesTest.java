package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.support.TestAccounts;
import dev.motorhub.application.support.TestForms;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicSkills;
import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.Conflict;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Staff keep the catalogue and mechanics' profiles; registration's profile has the defaults. */
class MechanicProfilesTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final MechanicSkills oilOnSaturdays =
      new MechanicSkills("Oil", 3, Set.of(OIL), Set.of(DayOfWeek.SATURDAY), 5);

  private UserId mechanicAccountWithoutProfile(String username) {
    return shop.motorhub
        .accounts()
        .createAccount()
        .create(
            new CreateAccount.Command(
                shop.staff, TestForms.mechanic(username).build(), null, CreateAccount.Profile.NONE))
        .user()
        .id();
  }

  @Test
  void aRegisteredMechanic_startsWithWeekdaysAndTheDefaultCapacity() {
    var registered = TestAccounts.registerMechanic(shop.motorhub, "mo");
    Mechanic profile = registered.account().mechanic().orElseThrow();

    assertThat(profile.workingDays()).isEqualTo(Mechanic.WEEKDAYS);
    assertThat(profile.dailyCapacity()).isEqualTo(4);
    assertThat(profile.specializations()).isEmpty();
  }

  @Test
  void aRegisteredMechanicsSpecialization_namesTheKindsTheyAreScheduledFor_otherWordsStayText() {
    var form = TestForms.mechanic("mo").trade("oil change, Brake service; transmissions", 6);
    var registered = shop.motorhub.accounts().registerAccount().register(form.build());
    Mechanic profile = registered.account().mechanic().orElseThrow();

    assertThat(profile.specializations())
        .containsExactlyInAnyOrder(OIL, new ServiceKindCode("brake_service"));
    assertThat(profile.specialization()).isEqualTo("oil change, Brake service; transmissions");
    shop.present(profile);
    assertThat(shop.open(shop.customer("alice"), OIL, shop.today()).mechanic())
        .contains(profile.id());
  }

  @Test
  void staffRemoveAProfileNoRequestNames_keepingTheAccount_andOneOnRecordStays() {
    Mechanic idle = shop.mechanic("idle", 3, 4, OIL);
    Mechanic busy = shop.mechanic("busy", 9, 4, OIL);
    shop.present(busy);
    shop.open(shop.customer("alice"), OIL, shop.today());
    var remove = shop.motorhub.carCare().removeMechanicProfile();

    refused(
        Forbidden.class,
        () -> remove.remove(new RemoveMechanicProfile.Command(shop.signedIn(idle), idle.id())));
    remove.remove(new RemoveMechanicProfile.Command(shop.staff, idle.id()));
    refused(
        Conflict.class,
        () -> remove.remove(new RemoveMechanicProfile.Command(shop.staff, busy.id())));

    refused(
        NotFound.class, () -> shop.motorhub.carCare().viewMechanics().get(shop.staff, idle.id()));
    assertThat(shop.motorhub.carCare().viewMechanics().get(shop.staff, busy.id()).mechanic())
        .isEqualTo(busy);
  }

  @Test
  void staffCreateAProfileForAMechanicAccount_once() {
    UserId account = mechanicAccountWithoutProfile("mo");
    var create = shop.motorhub.carCare().createMechanicProfile();

    Mechanic mechanic =
        create.create(new CreateMechanicProfile.Command(shop.staff, account, oilOnSaturdays));

    assertThat(mechanic.specializations()).containsExactly(OIL);
    assertThat(mechanic.dailyCapacity()).isEqualTo(5);
    refused(
        Conflict.class,
        () ->
            create.create(new CreateMechanicProfile.Command(shop.staff, account, oilOnSaturdays)));
    UserId customer = shop.customer("alice").actor().id();
    assertThat(
            refused(
                    InvalidInput.class,
                    () ->
                        create.create(
                            new CreateMechanicProfile.Command(
                                shop.staff, customer, oilOnSaturdays)))
                .errors())
        .containsKey("account_id");
  }

  @Test
  void unknownKinds_areRefusedOnSpecializations_andOnlyStaffKeepTheCatalogue() {
    Mechanic mo = shop.mechanic("mo", 3, 4, OIL);
    var bad =
        new MechanicSkills("Paint", 3, Set.of(new ServiceKindCode("paint")), Mechanic.WEEKDAYS, 4);

    assertThat(
            refused(
                    InvalidInput.class,
                    () ->
                        shop.motorhub
                            .carCare()
                            .updateMechanicSkills()
                            .update(new UpdateMechanicSkills.Command(shop.staff, mo.id(), bad)))
                .errors())
        .containsKey("specializations");
    var add = shop.motorhub.carCare().addServiceKind();
    ServiceKind paint =
        add.add(new AddServiceKind.Command(shop.staff, new ServiceKindCode("paint"), "Paint"));
    refused(
        Forbidden.class,
        () ->
            add.add(
                new AddServiceKind.Command(shop.signedIn(mo), new ServiceKindCode("wax"), "Wax")));
    refused(
        Conflict.class,
        () -> add.add(new AddServiceKind.Command(shop.staff, paint.code(), "Paint again")));
    var kinds =
        shop.motorhub.carCare().viewServiceKinds().list(shop.signedIn(mo), PageRequest.first(20));
    assertThat(kinds.items()).hasSize(ServiceKind.DEFAULTS.size() + 1).contains(paint);
    assertThat(
            shop.motorhub
                .carCare()
                .updateMechanicSkills()
                .update(new UpdateMechanicSkills.Command(shop.staff, mo.id(), bad))
                .specializations())
        .containsExactly(paint.code());
  }
}
