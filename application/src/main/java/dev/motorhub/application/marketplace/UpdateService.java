package dev.motorhub.application.marketplace;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.CoreSettings;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.marketplace.MarketplacePolicy;
import dev.motorhub.domain.marketplace.ServiceId;
import dev.motorhub.domain.marketplace.ServiceOffering;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import java.time.Clock;
import java.util.Objects;

/**
 * Staff revise a service: its name, fee, description or whether it takes new trades. Its kind is
 * for good, as the trades under it were invoiced by it; a new fee applies to invoices from now on.
 * Revisions of one service go one at a time, each over the one before it.
 */
public final class UpdateService {
  /** Who asks, which service, and the terms to change. */
  public record Command(Principal principal, ServiceId service, ServiceTerms changes) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(changes, "changes");
    }
  }

  private final Transactions tx;
  private final ServiceRepository services;
  private final MarketplacePolicy policy;
  private final CoreSettings settings;
  private final Clock clock;

  public UpdateService(
      Transactions tx,
      ServiceRepository services,
      MarketplacePolicy policy,
      CoreSettings settings,
      Clock clock) {
    this.tx = tx;
    this.services = services;
    this.policy = policy;
    this.settings = settings;
    this.clock = clock;
  }

  public ServiceOffering update(Command command) {
    AccessPolicy.require(
        policy.mayManageServices(command.principal().actor()), "Only staff manage services.");
    ServiceTerms changes = command.changes().requireValid(settings.currency());
    return tx.inTransaction(
        () -> {
          ServiceOffering service =
              services.lock(command.service()).orElseThrow(() -> new NotFound("Service"));
          if (changes.kind() != null && !changes.serviceKind().equals(service.kind())) {
            throw InvalidInput.of("kind", "A service's kind cannot change; define a new service.");
          }
          ServiceOffering revised =
              service.revise(
                  changes.name() == null ? service.name() : changes.name(),
                  changes.fee() == null ? service.fee() : changes.money(settings.currency()),
                  changes.description() == null ? service.description() : changes.description(),
                  changes.active() == null ? service.active() : changes.active(),
                  clock.instant());
          services.update(revised);
          return revised;
        });
  }
}
