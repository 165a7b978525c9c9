package dev.motorhub.application.support;

import dev.motorhub.application.marketplace.TradeFilter;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceKind;
import java.util.Optional;

/** Trade filters as a client sets them: open trades unless told otherwise, one field at a time. */
public final class TestFilters {
  private String status = "open";
  private UserId owner;
  private ServiceId service;
  private ServiceKind kind;
  private String brand;
  private String model;
  private Integer yearFrom;
  private Integer yearTo;

  private TestFilters() {}

  public static TestFilters trades() {
    return new TestFilters();
  }

  public TestFilters status(String value) {
    status = value;
    return this;
  }

  public TestFilters owner(UserId value) {
    owner = value;
    return this;
  }

  public TestFilters service(ServiceId value) {
    service = value;
    return this;
  }

  public TestFilters kind(ServiceKind value) {
    kind = value;
    return this;
  }

  public TestFilters brand(String value) {
    brand = value;
    return this;
  }

  public TestFilters model(String value) {
    model = value;
    return this;
  }

  public TestFilters years(Integer from, Integer to) {
    yearFrom = from;
    yearTo = to;
    return this;
  }

  public TradeFilter build() {
    return new TradeFilter(
        Optional.ofNullable(status),
        Optional.ofNullable(owner),
        Optional.ofNullable(service),
        Optional.ofNullable(kind),
        Optional.ofNullable(brand),
        Optional.ofNullable(model),
        Optional.ofNullable(yearFrom),
        Optional.ofNullable(yearTo));
  }
}
