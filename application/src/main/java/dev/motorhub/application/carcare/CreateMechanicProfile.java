package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.MechanicSkills;
import dev.motorhub.domain.identity.Role;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.Clock;
import java.util.Objects;

/**
 * Staff give a mechanic account that has none its mechanic profile (registration makes one itself);
 * a second profile for an account is a {@code Conflict}.
 */
public final class CreateMechanicProfile {
  /** Who asks, for which account, with which skills. */
  public record Command(Principal principal, UserId account, MechanicSkills skills) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      if (account == null) {
        throw InvalidInput.of("account_id", "This field is required.");
      }
      Objects.requireNonNull(skills, "skills");
    }
  }

  private final Transactions tx;
  private final UserRepository users;
  private final MechanicRepository mechanics;
  private final ServiceKindRepository kinds;
  private final CarCarePolicy policy;
  private final IdGenerator ids;
  private final Clock clock;

  public CreateMechanicProfile(
      Transactions tx,
      UserRepository users,
      MechanicRepository mechanics,
      ServiceKindRepository kinds,
      CarCarePolicy policy,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.users = users;
    this.mechanics = mechanics;
    this.kinds = kinds;
    this.policy = policy;
    this.ids = ids;
    this.clock = clock;
  }

  public Mechanic create(Command command) {
    policy.requireStaff(command.principal().actor());
    return tx.inTransaction(
        () -> {
          users
              .findById(command.account())
              .filter(u -> u.role() == Role.MECHANIC)
              .orElseThrow(
                  () -> InvalidInput.of("account_id", "This is not a mechanic's account."));
          SkillsCheck.requireKnownKinds(kinds, command.skills());
          var now = clock.instant();
          Mechanic mechanic =
              new Mechanic(
                      new MechanicId(ids.next()),
                      command.account(),
                      command.skills().specialization(),
                      command.skills().yearsOfExperience(),
                      now,
                      now)
                  .withSkills(command.skills(), now);
          mechanics.add(mechanic);
          return mechanic;
        });
  }
}
