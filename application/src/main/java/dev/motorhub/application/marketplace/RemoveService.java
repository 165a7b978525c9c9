package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.RuleViolated;
import java.util.Objects;

/** Staff remove a service no trade was opened under; one in use can only be made inactive. */
public final class RemoveService {
  /** Who asks, and which service. */
  public record Command(Principal principal, ServiceId service) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(service, "service");
    }
  }

  private final Transactions tx;
  private final ServiceRepository services;
  private final MarketplacePolicy policy;

  public RemoveService(Transactions tx, ServiceRepository services, MarketplacePolicy policy) {
    this.tx = tx;
    this.services = services;
    this.policy = policy;
  }

  public void remove(Command command) {
    AccessPolicy.require(
        policy.mayManageServices(command.principal().actor()), "Only staff manage services.");
    tx.run(
        () -> {
          services.lock(command.service()).orElseThrow(() -> new NotFound("Service"));
          if (services.inUse(command.service())) {
            throw new RuleViolated(ServiceRepository.ON_RECORD);
          }
          services.delete(command.service());
        });
  }
}
