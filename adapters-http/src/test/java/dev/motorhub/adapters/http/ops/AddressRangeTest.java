package dev.motorhub.adapters.http.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Addresses and CIDR ranges, parsed from literals alone. */
class AddressRangeTest {

  private static InetAddress at(String literal) throws Exception {
    return InetAddress.getByName(literal);
  }

  @Test
  void aRange_holdsTheAddressesUnderItsPrefix() throws Exception {
    AddressRange range = AddressRange.parse("10.1.0.0/16");

    assertThat(range.contains(at("10.1.255.7"))).isTrue();
    assertThat(range.contains(at("10.2.0.1"))).isFalse();
    assertThat(AddressRange.parse("192.168.4.0/22").contains(at("192.168.7.255"))).isTrue();
    assertThat(AddressRange.parse("192.168.4.0/22").contains(at("192.168.8.0"))).isFalse();
    assertThat(AddressRange.parse("0.0.0.0/0").contains(at("203.0.113.9"))).isTrue();
  }

  @Test
  void anAddressAlone_holdsItselfOnly_andIPv6IsItsOwnFamily() throws Exception {
    assertThat(AddressRange.parse("192.0.2.7").contains(at("192.0.2.7"))).isTrue();
    assertThat(AddressRange.parse("192.0.2.7").contains(at("192.0.2.8"))).isFalse();
    assertThat(AddressRange.parse("fd00::/8").contains(at("fd12:3456::1"))).isTrue();
    assertThat(AddressRange.parse("fd00::/8").contains(at("10.0.0.1"))).isFalse();
    assertThat(AddressRange.LOOPBACK).anyMatch(r -> r.contains(InetAddress.getLoopbackAddress()));
  }

  @Test
  void anythingButALiteralAddressOrRange_isRefusedSayingWhat() {
    for (String bad :
        new String[] {
          "localhost",
          "cafe",
          "300.1.1.1",
          "10.0.0.0/33",
          "::1/129",
          "10.0.0.0/x",
          "1.2.3.4/8/8",
          "fd00::zz",
          ""
        }) {
      assertThatThrownBy(() -> AddressRange.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'");
    }
  }
}
