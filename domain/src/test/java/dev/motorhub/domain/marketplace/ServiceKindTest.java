package dev.motorhub.domain.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceKindTest {

  @Test
  void leaseAndSell_areKnownKindsAndOnlyLeaseIsALease() {
    assertThat(ServiceKind.LEASE.value()).isEqualTo("lease");
    assertThat(ServiceKind.SELL.value()).isEqualTo("sell");
    assertThat(ServiceKind.LEASE.isLease()).isTrue();
    assertThat(ServiceKind.SELL.isLease()).isFalse();
  }

  @Test
  void aKind_isTrimmedAndLowerCased_soThatLeaseIsLeaseHoweverWritten() {
    ServiceKind kind = new ServiceKind("  LeAsE ");
    assertThat(kind).isEqualTo(ServiceKind.LEASE);
    assertThat(kind.isLease()).isTrue();
    assertThat(new ServiceKind("SELL")).isEqualTo(ServiceKind.SELL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rent",
        "rent_to_own",
        "hire-purchase",
        "ab",
        "x2",
        "abcdefghijabcdefghijabcdefghij"
      })
  void staffMayNameOtherKinds_whichAreNotLeases(String name) {
    ServiceKind kind = new ServiceKind(name);
    assertThat(kind.value()).isEqualTo(name);
    assertThat(kind.toString()).isEqualTo(name);
    assertThat(kind.isLease()).isFalse();
    assertThat(kind.changesHands()).as("only a sale moves the vehicle").isFalse();
  }

  @Test
  void onlyASale_changesHands() {
    assertThat(ServiceKind.SELL.changesHands()).isTrue();
    assertThat(new ServiceKind(" Sell ").changesHands()).isTrue();
    assertThat(ServiceKind.LEASE.changesHands()).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "a",
        "1rent",
        "_rent",
        "-rent",
        "rent car",
        "rent.car",
        "rént",
        "lease!",
        "abcdefghijabcdefghijabcdefghijk"
      })
  void aKindThatIsNoShortLowerCaseName_isRefusedOnTheKindField(String name) {
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new ServiceKind(name))
        .satisfies(
            e ->
                assertThat(e.errors().get("kind"))
                    .containsExactly(
                        "Use lease, sell or another name of 2 to 30 lower-case letters, digits,"
                            + " - or _."));
  }
}
