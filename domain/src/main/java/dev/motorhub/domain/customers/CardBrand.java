package dev.motorhub.domain.customers;

import java.util.Locale;

/** The card networks the platform knows, told apart by the number's leading digits. */
public enum CardBrand {
  VISA,
  MASTERCARD,
  AMEX,
  DISCOVER,
  DINERS,
  JCB,
  UNIONPAY,
  MAESTRO,
  OTHER;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
