package dev.motorhub.application.contract;

import dev.motorhub.application.marketplace.TradeFilter;
import dev.motorhub.domain.identity.User;
import dev.motorhub.domain.marketplace.ServiceKind;
import dev.motorhub.domain.marketplace.ServiceOffering;
import java.util.Optional;

/** Builds a trade filter one bound at a time; unset bounds match everything. */
final class TradeFilters {
  private String status;
  private User owner;
  private ServiceOffering service;
  private String kind;
  private String brand;
  private String model;
  private Integer yearFrom;
  private Integer yearTo;

  TradeFilters status(String state) {
    status = state;
    return this;
  }

  TradeFilters owner(User user) {
    owner = user;
    return this;
  }

  TradeFilters service(ServiceOffering offering) {
    service = offering;
    return this;
  }

  TradeFilters kind(String name) {
    kind = name;
    return this;
  }

  TradeFilters brand(String part) {
    brand = part;
    return this;
  }

  TradeFilters model(String part) {
    model = part;
    return this;
  }

  TradeFilters years(Integer from, Integer to) {
    yearFrom = from;
    yearTo = to;
    return this;
  }

  TradeFilter build() {
    return new TradeFilter(
        Optional.ofNullable(status),
        Optional.ofNullable(owner).map(User::id),
        Optional.ofNullable(service).map(ServiceOffering::id),
        Optional.ofNullable(kind).map(ServiceKind::new),
        Optional.ofNullable(brand),
        Optional.ofNullable(model),
        Optional.ofNullable(yearFrom),
        Optional.ofNullable(yearTo));
  }
}
