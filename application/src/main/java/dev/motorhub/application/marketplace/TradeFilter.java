package dev.motorhub.application.marketplace;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceKind;
import java.util.Optional;

/**
 * Which trades to list: in one state ({@code open}, {@code closed}, {@code cancelled}), of one
 * owner, under one service or kind of service, of a vehicle brand or model (parts of the name, any
 * case), built within a range of years, or that one user is a party to (as owner or buyer).
 */
public record TradeFilter(
    Optional<String> status,
    Optional<UserId> owner,
    Optional<ServiceId> service,
    Optional<ServiceKind> kind,
    Optional<String> brand,
    Optional<String> model,
    Optional<Integer> yearFrom,
    Optional<Integer> yearTo,
    Optional<UserId> party) {

  /** Every open trade. */
  public static TradeFilter open() {
    return new TradeFilter(
        Optional.of("open"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same filter, narrowed to the trades {@code user} owns or bought. */
  public TradeFilter ofParty(UserId user) {
    return new TradeFilter(
        status, owner, service, kind, brand, model, yearFrom, yearTo, Optional.of(user));
  }
}
