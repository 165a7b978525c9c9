package dev.motorhub.domain.marketplace;

import dev.motorhub.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a service offers a vehicle for: {@code lease} and {@code sell}, whose invoicing rules the
 * platform knows, or another kind staff name (such as {@code rent}), invoiced as a sale is.
 */
public record ServiceKind(String value) {
  // Before the constants: their constructor needs it.
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{1,29}");
  public static final ServiceKind LEASE = new ServiceKind("lease");
  public static final ServiceKind SELL = new ServiceKind("sell");

  public ServiceKind {
    value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (!NAME.matcher(value).matches()) {
      throw InvalidInput.of(
          "kind", "Use lease, sell or another name of 2 to 30 lower-case letters, digits, - or _.");
    }
  }

  public boolean isLease() {
    return equals(LEASE);
  }

  /**
   * Whether a deal under this kind moves the vehicle to the buyer: a sale does; a lease, and every
   * kind staff name (a rent is no sale), keeps it with its owner.
   */
  public boolean changesHands() {
    return equals(SELL);
  }

  @Override
  public String toString() {
    return value;
  }
}
