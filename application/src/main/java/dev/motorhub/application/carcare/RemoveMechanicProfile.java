package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.MechanicId;
import java.util.Objects;

/**
 * Staff remove a mechanic's profile, such as one given to the wrong account: their attendance and
 * work status history go with it; the account stays. A mechanic whom service requests name keeps
 * their profile for the records (a {@code Conflict}); staff take them off scheduling by emptying
 * their specializations instead.
 */
public final class RemoveMechanicProfile {
  /** Who asks, which profile. */
  public record Command(Principal principal, MechanicId mechanic) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(mechanic, "mechanic");
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final MechanicRepository mechanics;
  private final CarCarePolicy policy;

  public RemoveMechanicProfile(
      Transactions tx, Workshop workshop, MechanicRepository mechanics, CarCarePolicy policy) {
    this.tx = tx;
    this.workshop = workshop;
    this.mechanics = mechanics;
    this.policy = policy;
  }

  public void remove(Command command) {
    policy.requireStaff(command.principal().actor());
    tx.run(
        () -> {
          workshop.lockMechanic(command.mechanic());
          mechanics.delete(command.mechanic());
        });
  }
}
