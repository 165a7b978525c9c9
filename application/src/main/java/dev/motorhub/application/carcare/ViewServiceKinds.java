package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/** Reads the catalogue of service kinds: open to everyone signed in. */
public final class ViewServiceKinds {
  private final Transactions tx;
  private final ServiceKindRepository kinds;

  public ViewServiceKinds(Transactions tx, ServiceKindRepository kinds) {
    this.tx = tx;
    this.kinds = kinds;
  }

  public Page<ServiceKind> list(Principal principal, PageRequest page) {
    return tx.read(() -> kinds.list(page));
  }

  public ServiceKind get(Principal principal, ServiceKindCode code) {
    return tx.read(() -> kinds.findByCode(code)).orElseThrow(() -> new NotFound("Service kind"));
  }
}
