package dev.motorhub.application.customers;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.customers.CardExpiry;
import dev.motorhub.domain.customers.CardId;
import dev.motorhub.domain.customers.CardNumber;
import dev.motorhub.domain.customers.CardSecurityCode;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.customers.CustomerRecordsPolicy;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.Text;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A customer puts a payment card on their file. The number, expiry, holder and security code are
 * checked; the brand, the last four digits, the expiry, the holder and a keyed fingerprint are
 * stored, and the number and the code are forgotten. The same card twice on one file is a conflict.
 */
public final class AddCreditCard {
  /** Who adds the card, and the card as checked: its number (never stored), expiry and holder. */
  public record Command(Principal principal, CardNumber number, YearMonth expiry, String holder) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(expiry, "expiry");
      holder = Text.required(holder, "holder", 100);
    }

    /**
     * Reads a card as typed, naming every bad field at once; the security code is checked against
     * the card's network and then dropped.
     */
    public static Command of(Principal principal, CardForm form) {
      Violations violations = new Violations();
      CardNumber number = violations.capture(() -> new CardNumber(form.number()));
      YearMonth expiry = violations.capture(form::expiryMonth);
      String holder = violations.capture(() -> Text.required(form.holder(), "holder", 100));
      CardSecurityCode cvc = violations.capture(() -> new CardSecurityCode(form.cvc()));
      if (number != null && cvc != null) {
        violations.capture(() -> cvc.requireFits(number.brand()));
      }
      violations.throwIfAny();
      return new Command(principal, number, expiry, holder);
    }
  }

  private final Transactions tx;
  private final CreditCardRepository cards;
  private final CardFingerprinter fingerprinter;
  private final CustomerRecordsPolicy policy;
  private final IdGenerator ids;
  private final Clock clock;

  public AddCreditCard(
      Transactions tx,
      CreditCardRepository cards,
      CardFingerprinter fingerprinter,
      CustomerRecordsPolicy policy,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.cards = cards;
    this.fingerprinter = fingerprinter;
    this.policy = policy;
    this.ids = ids;
    this.clock = clock;
  }

  public CreditCard add(Command command) {
    AccessPolicy.require(
        policy.mayAddCard(command.principal().actor()),
        "Only customers keep payment cards on file.");
    Instant now = clock.instant();
    YearMonth expiry =
        CardExpiry.requireUsable(command.expiry(), LocalDate.ofInstant(now, clock.getZone()));
    CreditCard card =
        new CreditCard(
            new CardId(ids.next()),
            command.principal().actor().id(),
            command.number().brand(),
            command.number().last4(),
            expiry,
            command.holder(),
            fingerprinter.fingerprint(command.number()),
            now);
    tx.run(() -> cards.add(card));
    return card;
  }
}
