package dev.motorhub.domain.matching;

import dev.motorhub.domain.garage.Vehicle;
import dev.motorhub.domain.marketplace.PaymentFrequency;
import dev.motorhub.domain.marketplace.ProposalTerms;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.Trade;
import dev.motorhub.domain.shared.Money;
import java.util.Optional;

/**
 * What scoring sees of an open trade: its kind, its vehicle, its asking price (the owner's latest
 * open offer, if any) with the monthly instalment that offer comes to, and the vehicle's location,
 * body type, fuel and transmission as catalogue codes (each empty when the vehicle records none),
 * and its colour as a code ({@code Pearl White} is {@code pearl_white}; empty when it has none).
 */
public record MatchSubject(
    Trade.Open trade,
    ServiceKind kind,
    Vehicle vehicle,
    Optional<Money> price,
    Optional<Money> monthlyInstalment,
    Optional<CatalogueCode> location,
    Optional<CatalogueCode> bodyType,
    Optional<CatalogueCode> fuel,
    Optional<CatalogueCode> transmission,
    Optional<CatalogueCode> colour) {

  /**
   * The subject of {@code trade} whose owner asks {@code asking}: its amount is the price, and the
   * balance after the down payment spread over the term's months (as a monthly proposal derives its
   * instalment) the monthly instalment.
   */
  public static MatchSubject of(
      Trade.Open trade, ServiceKind kind, Vehicle vehicle, Optional<ProposalTerms> asking) {
    return new MatchSubject(
        trade,
        kind,
        vehicle,
        asking.map(ProposalTerms::amount),
        asking.map(MatchSubject::monthly),
        code(vehicle.details().attributes().location()),
        code(vehicle.details().attributes().bodyType()),
        code(vehicle.details().attributes().fuel()),
        code(vehicle.details().attributes().transmission()),
        CatalogueCode.of(vehicle.details().color()));
  }

  private static Optional<CatalogueCode> code(Optional<String> recorded) {
    return recorded.map(CatalogueCode::new);
  }

  private static Money monthly(ProposalTerms terms) {
    return new ProposalTerms(
            terms.amount(), terms.downPayment(), terms.termDays(), PaymentFrequency.MONTHLY)
        .instalment();
  }
}
