package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.CarCarePolicy;
import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceKindId;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.Text;
import java.util.Objects;

/** Staff add a kind of work to the workshop's catalogue; its code is unique. */
public final class AddServiceKind {
  /** Who asks, the new kind's code and name. */
  public record Command(Principal principal, ServiceKindCode code, String name) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(code, "code");
      name = Text.required(name, "name", 100);
    }
  }

  private final Transactions tx;
  private final ServiceKindRepository kinds;
  private final CarCarePolicy policy;
  private final IdGenerator ids;

  public AddServiceKind(
      Transactions tx, ServiceKindRepository kinds, CarCarePolicy policy, IdGenerator ids) {
    this.tx = tx;
    this.kinds = kinds;
    this.policy = policy;
    this.ids = ids;
  }

  public ServiceKind add(Command command) {
    policy.requireStaff(command.principal().actor());
    var kind = new ServiceKind(new ServiceKindId(ids.next()), command.code(), command.name());
    tx.run(() -> kinds.add(kind));
    return kind;
  }
}
