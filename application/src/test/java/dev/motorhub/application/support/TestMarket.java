package dev.motorhub.application.support;

import dev.motorhub.application.Motorhub;
import dev.motorhub.application.customers.AddCreditCard;
import dev.motorhub.application.garage.RegisterVehicle;
import dev.motorhub.application.garage.VehicleForm;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.marketplace.CreateService;
import dev.motorhub.application.marketplace.OpenTrade;
import dev.motorhub.application.marketplace.ProposalForm;
import dev.motorhub.application.marketplace.ServiceTerms;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.marketplace.Trade;
import java.util.Optional;

/** Services, vehicles, trades, cards and proposal terms, put into a core as its users would. */
public final class TestMarket {
  private TestMarket() {}

  /** A service of {@code kind} with {@code fee}, defined by {@code staff}. */
  public static ServiceOffering service(
      Motorhub motorhub, Principal staff, String kind, String name, String fee) {
    return motorhub
        .marketplace()
        .createService()
        .create(
            new CreateService.Command(
                staff, new ServiceTerms(kind, name, fee, "Listed on Motorhub", null)));
  }

  /** A vehicle with {@code plate} in the caller's garage. */
  public static Vehicle vehicle(Motorhub motorhub, Principal owner, String plate) {
    return motorhub
        .garage()
        .registerVehicle()
        .register(
            new RegisterVehicle.Command(
                owner,
                Optional.empty(),
                new VehicleForm("Toyota", "Corolla", "2019", "Blue", plate, null, "42000", "")));
  }

  /** The caller's vehicle with {@code plate}, opened for trade under {@code service}. */
  public static Trade.Open trade(
      Motorhub motorhub, Principal owner, String plate, ServiceOffering service) {
    Vehicle vehicle = vehicle(motorhub, owner, plate);
    return (Trade.Open)
        motorhub
            .marketplace()
            .openTrade()
            .open(new OpenTrade.Command(owner, vehicle.id(), service.id()))
            .trade();
  }

  /** A Visa card on the caller's file, good through 12/2030. */
  public static CreditCard card(Motorhub motorhub, Principal holder) {
    return motorhub
        .customers()
        .addCreditCard()
        .add(AddCreditCard.Command.of(holder, TestCards.form(TestCards.VISA)));
  }

  /** Terms of {@code amount}, 10% down, monthly over a year. */
  public static ProposalForm terms(String amount) {
    return new ProposalForm(amount, "1000.00", 365, "monthly", "");
  }
}
