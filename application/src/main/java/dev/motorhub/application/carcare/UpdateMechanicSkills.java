package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.MechanicSkills;
import java.time.Clock;
import java.util.Objects;

/**
 * Staff set what a mechanic does: specializations from the catalogue, years of experience, working
 * days and daily capacity. Jobs already scheduled stay where they are.
 */
public final class UpdateMechanicSkills {
  /** Who asks, for which mechanic, the skills to set. */
  public record Command(Principal principal, MechanicId mechanic, MechanicSkills skills) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(mechanic, "mechanic");
      Objects.requireNonNull(skills, "skills");
    }
  }

  private final Transactions tx;
  private final Workshop workshop;
  private final MechanicRepository mechanics;
  private final ServiceKindRepository kinds;
  private final CarCarePolicy policy;
  private final Clock clock;

  public UpdateMechanicSkills(
      Transactions tx,
      Workshop workshop,
      MechanicRepository mechanics,
      ServiceKindRepository kinds,
      CarCarePolicy policy,
      Clock clock) {
    this.tx = tx;
    this.workshop = workshop;
    this.mechanics = mechanics;
    this.kinds = kinds;
    this.policy = policy;
    this.clock = clock;
  }

  public Mechanic update(Command command) {
    policy.requireStaff(command.principal().actor());
    return tx.inTransaction(
        () -> {
          SkillsCheck.requireKnownKinds(kinds, command.skills());
          Mechanic revised =
              workshop.mechanic(command.mechanic()).withSkills(command.skills(), clock.instant());
          mechanics.update(revised);
          return revised;
        });
  }
}
