package dev.motorhub.domain.garage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class VehicleCustodyTest {
  private static final Instant SOLD_AT = TestVehicles.REGISTERED_AT.plusSeconds(3600);
  private static final Instant HANDED_OVER_AT = SOLD_AT.plusSeconds(3600);
  private final UserId seller = new UserId(UUID.randomUUID());
  private final UserId buyer = new UserId(UUID.randomUUID());
  private final Vehicle pictured =
      TestVehicles.registered(seller).withImage("key.png", TestVehicles.REGISTERED_AT);

  @Test
  void aRegisteredVehicle_isKeptByItsOwner_andChangeable() {
    assertThat(pictured.custody()).isEqualTo(Custody.KEPT);
    pictured.requireChangeable();
  }

  @Test
  void aSoldVehicle_staysWithItsOwner_waitingForItsBuyer() {
    Vehicle sold = pictured.sellTo(buyer, SOLD_AT);

    assertThat(sold.owner()).isEqualTo(seller);
    assertThat(sold.custody()).isEqualTo(new Custody.Sold(buyer));
    assertThat(sold.updatedAt()).isEqualTo(SOLD_AT);
    assertThat(sold.details()).isEqualTo(pictured.details());
    assertThat(sold.image()).isEqualTo(pictured.image());
  }

  @Test
  void aSoldVehicle_refusesEveryChange_untilHandedOver() {
    Vehicle sold = pictured.sellTo(buyer, SOLD_AT);

    refused(() -> sold.withDetails(TestVehicles.details(2020), TestVehicles.TODAY, SOLD_AT));
    refused(() -> sold.withImage("other.png", SOLD_AT));
    refused(() -> sold.withoutImage(SOLD_AT));
    refused(() -> sold.sellTo(new UserId(UUID.randomUUID()), SOLD_AT));
    refused(sold::requireChangeable);
  }

  @Test
  void handingItOver_movesItToTheBuyer_withPlateVinAndImage() {
    Vehicle sold = pictured.sellTo(buyer, SOLD_AT);

    Vehicle theirs = sold.handOverTo(buyer, HANDED_OVER_AT);

    assertThat(theirs.owner()).isEqualTo(buyer);
    assertThat(theirs.custody()).isEqualTo(Custody.KEPT);
    assertThat(theirs.id()).isEqualTo(pictured.id());
    assertThat(theirs.details()).isEqualTo(pictured.details());
    assertThat(theirs.image()).contains("key.png");
    assertThat(theirs.createdAt()).isEqualTo(pictured.createdAt());
    assertThat(theirs.updatedAt()).isEqualTo(HANDED_OVER_AT);
    assertThat(theirs.withImage("new.png", HANDED_OVER_AT).image()).contains("new.png");
  }

  @Test
  void onlyASoldVehicle_isHandedOver_andOnlyToItsBuyer() {
    Vehicle sold = pictured.sellTo(buyer, SOLD_AT);

    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> sold.handOverTo(new UserId(UUID.randomUUID()), HANDED_OVER_AT))
        .withMessage("This vehicle is not waiting to be handed over to this buyer.");
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(() -> pictured.handOverTo(buyer, HANDED_OVER_AT));
  }

  @Test
  void anOwner_doesNotBuyTheirOwnVehicle() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> pictured.sellTo(seller, SOLD_AT));
    assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new Custody.Sold(null));
  }

  private static void refused(ThrowingCallable change) {
    assertThatExceptionOfType(RuleViolated.class)
        .isThrownBy(change)
        .withMessage(Vehicle.AWAITING_HANDOVER);
  }
}
