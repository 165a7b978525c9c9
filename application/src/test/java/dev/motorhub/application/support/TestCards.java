package dev.motorhub.application.support;

import dev.motorhub.application.customers.CardForm;

/** Card numbers from the networks' public test ranges, and card forms as a customer types them. */
public final class TestCards {
  public static final String VISA = "4242424242424242";
  public static final String MASTERCARD = "5555555555554444";
  public static final String AMEX = "378282246310005";

  private TestCards() {}

  /** A valid form for {@code number}: good through 12/2030, with a code of the right length. */
  public static CardForm form(String number) {
    return new CardForm(
        number, "12/30", null, null, "Alice Wanjiku", number.startsWith("37") ? "1234" : "123");
  }

  /** The same form with another expiry text. */
  public static CardForm expiring(String number, String expiry) {
    CardForm form = form(number);
    return new CardForm(number, expiry, null, null, form.holder(), form.cvc());
  }
}
