package dev.motorhub.adapters.http.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An address, or a range of them in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}): the
 * callers {@code /metrics} is open to without a token. Parsed from literals only, never by a name
 * lookup.
 */
public record AddressRange(InetAddress network, int prefix) {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  /** The machine itself: {@code 127.0.0.0/8} and {@code ::1}. */
  public static final List<AddressRange> LOOPBACK = List.of(parse("127.0.0.0/8"), parse("::1"));

  public AddressRange {
    int bits = network.getAddress().length * 8;
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("a prefix of " + network + " is 0 to " + bits);
    }
  }

  /**
   * {@code text} as an address ({@code 192.0.2.7}, {@code ::1}) or a range ({@code 192.0.2.0/24});
   * an {@link IllegalArgumentException} saying what is wrong otherwise.
   */
  public static AddressRange parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException("'" + text + "' is not an address or a CIDR range");
    }
    InetAddress address = literal(parts[0], text);
    int bits = address.getAddress().length * 8;
    if (parts.length == 1) {
      return new AddressRange(address, bits);
    }
    try {
      return new AddressRange(address, Integer.parseInt(parts[1]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "': a prefix length is 0 to " + bits);
    }
  }

  /** An IPv4 address in dotted form, or an IPv6 one (which holds a colon: never a host name). */
  private static InetAddress literal(String address, String text) {
    try {
      var ipv4 = IPV4.matcher(address);
      if (ipv4.matches()) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          int octet = Integer.parseInt(ipv4.group(i + 1));
          if (octet > 255) {
            throw new UnknownHostException(address);
          }
          bytes[i] = (byte) octet;
        }
        return InetAddress.getByAddress(bytes);
      }
      if (address.contains(":")) {
        return InetAddress.getByName(address);
      }
    } catch (UnknownHostException e) {
      // reported below
    }
    throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 address or range");
  }

  /** Whether {@code address} is in this range (an IPv4 address is never in an IPv6 range). */
  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    byte[] own = network.getAddress();
    if (candidate.length != own.length) {
      return false;
    }
    int bits = prefix;
    for (int i = 0; bits > 0; i++, bits -= 8) {
      int mask = bits >= 8 ? 0xFF : 0xFF << (8 - bits);
      if (((candidate[i] ^ own[i]) & mask) != 0) {
        return false;
      }
    }
    return true;
  }
}
