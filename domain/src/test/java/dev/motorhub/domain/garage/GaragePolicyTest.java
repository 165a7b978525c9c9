package dev.motorhub.domain.garage;

import static dev.motorhub.domain.identity.TestUsers.actorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.TestUsers;
import dev.motorhub.domain.identity.User;
import org.junit.jupiter.api.Test;

class GaragePolicyTest {
  private final GaragePolicy policy = new GaragePolicy();
  private final User owner = TestUsers.active(Role.CUSTOMER);
  private final User otherCustomer = TestUsers.active(Role.CUSTOMER);
  private final User mechanic = TestUsers.active(Role.MECHANIC);
  private final User staff = TestUsers.active(Role.STAFF);
  private final User superuser = TestUsers.active(Role.SUPERUSER);
  private final Vehicle vehicle = TestVehicles.registered(owner.id());

  @Test
  void onlyCustomerAccounts_ownVehicles() {
    assertThat(policy.mayOwnVehicles(owner)).isTrue();
    assertThat(policy.mayOwnVehicles(mechanic)).isFalse();
    assertThat(policy.mayOwnVehicles(staff)).isFalse();
    assertThat(policy.mayOwnVehicles(superuser)).isFalse();
  }

  @Test
  void theOwnerAndStaff_registerVehiclesForACustomer_nobodyElse() {
    assertThat(policy.mayRegisterFor(actorOf(owner), owner)).isTrue();
    assertThat(policy.mayRegisterFor(actorOf(staff), owner)).isTrue();
    assertThat(policy.mayRegisterFor(actorOf(superuser), owner)).isTrue();
    assertThat(policy.mayRegisterFor(actorOf(otherCustomer), owner)).isFalse();
    assertThat(policy.mayRegisterFor(actorOf(mechanic), owner)).isFalse();
  }

  @Test
  void theOwnerAndStaff_manageAVehicle_nobodyElse() {
    assertThat(policy.mayManage(actorOf(owner), vehicle)).isTrue();
    assertThat(policy.mayManage(actorOf(staff), vehicle)).isTrue();
    assertThat(policy.mayManage(actorOf(superuser), vehicle)).isTrue();
    assertThat(policy.mayManage(actorOf(otherCustomer), vehicle)).isFalse();
    assertThat(policy.mayManage(actorOf(mechanic), vehicle)).isFalse();
  }

  @Test
  void onlyStaff_listEveryGarage() {
    assertThat(policy.mayListAll(actorOf(staff))).isTrue();
    assertThat(policy.mayListAll(actorOf(superuser))).isTrue();
    assertThat(policy.mayListAll(actorOf(owner))).isFalse();
    assertThat(policy.mayListAll(actorOf(mechanic))).isFalse();
  }
}
