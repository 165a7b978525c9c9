package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Staff define a service of the marketplace, active unless they say otherwise. */
public final class CreateService {
  /** Who asks, and the service's terms. */
  public record Command(Principal principal, ServiceTerms terms) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      terms.requireAll();
    }
  }

  private final Transactions tx;
  private final ServiceRepository services;
  private final MarketplacePolicy policy;
  private final IdGenerator ids;
  private final CoreSettings settings;
  private final Clock clock;

  public CreateService(
      Transactions tx,
      ServiceRepository services,
      MarketplacePolicy policy,
      IdGenerator ids,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.services = services;
    this.policy = policy;
    this.ids = ids;
    this.settings = settings;
    this.clock = clock;
  }

  public ServiceOffering create(Command command) {
    AccessPolicy.require(
        policy.mayManageServices(command.principal().actor()), "Only staff manage services.");
    ServiceTerms terms = command.terms().requireValid(settings.currency());
    Instant now = clock.instant();
    ServiceOffering service =
        new ServiceOffering(
            new ServiceId(ids.next()),
            terms.serviceKind(),
            terms.name(),
            terms.money(settings.currency()),
            terms.description(),
            terms.active() == null || terms.active(),
            now,
            now);
    tx.run(() -> services.add(service));
    return service;
  }
}
