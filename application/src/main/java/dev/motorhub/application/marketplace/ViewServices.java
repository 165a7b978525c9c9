package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/** Reads the services: everyone signed in sees the active ones, staff every one. */
public final class ViewServices {
  private final Transactions tx;
  private final ServiceRepository services;
  private final MarketplacePolicy policy;

  public ViewServices(Transactions tx, ServiceRepository services, MarketplacePolicy policy) {
    this.tx = tx;
    this.services = services;
    this.policy = policy;
  }

  public Page<ServiceOffering> list(Principal principal, PageRequest page) {
    boolean activeOnly = !policy.mayManageServices(principal.actor());
    return tx.read(() -> services.list(activeOnly, page));
  }

  public ServiceOffering get(Principal principal, ServiceId id) {
    return tx.read(() -> services.findById(id))
        .filter(s -> s.active() || policy.mayManageServices(principal.actor()))
        .orElseThrow(() -> new NotFound("Service"));
  }
}
