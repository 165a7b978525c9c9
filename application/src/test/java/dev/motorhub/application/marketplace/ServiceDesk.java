package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestTrading;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;

/** The service use cases as one-liners, and service terms as staff type them. */
final class ServiceDesk {
  private final TestTrading market;

  ServiceDesk(TestTrading market) {
    this.market = market;
  }

  ServiceOffering create(Principal who, ServiceTerms terms) {
    return market
        .motorhub
        .marketplace()
        .createService()
        .create(new CreateService.Command(who, terms));
  }

  ServiceOffering update(Principal who, ServiceOffering service, ServiceTerms changes) {
    return market
        .motorhub
        .marketplace()
        .updateService()
        .update(new UpdateService.Command(who, service.id(), changes));
  }

  void remove(Principal who, ServiceId service) {
    market.motorhub.marketplace().removeService().remove(new RemoveService.Command(who, service));
  }

  List<ServiceOffering> list(Principal who) {
    return market.motorhub.marketplace().viewServices().list(who, PageRequest.first(100)).items();
  }

  ServiceOffering get(Principal who, ServiceOffering service) {
    return market.motorhub.marketplace().viewServices().get(who, service.id());
  }

  static ServiceTerms terms(String kind, String name, String fee) {
    return new ServiceTerms(kind, name, fee, "Weekly rentals", null);
  }

  static ServiceTerms rename(String name) {
    return new ServiceTerms(null, name, null, null, null);
  }

  static ServiceTerms activate(boolean active) {
    return new ServiceTerms(null, null, null, null, active);
  }
}
