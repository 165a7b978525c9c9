package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.carcare.ServiceKind;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.ServiceKindId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** What every {@code ServiceKindRepository} keeps: the default catalogue and unique codes. */
public abstract class ServiceKindRepositoryContract extends StoreContract {

  @Test
  void aFreshStore_holdsTheDefaultKindsUnderTheirFixedIds() {
    Page<ServiceKind> page = inTx(() -> store.serviceKinds().list(PageRequest.first(100)));

    assertThat(page.items()).containsExactlyElementsOf(ServiceKind.DEFAULTS);
    assertThat(inTx(() -> store.serviceKinds().findByCode(new ServiceKindCode("bodywork"))))
        .map(ServiceKind::name)
        .contains("Bodywork");
  }

  @Test
  void anAddedKind_isFoundByItsCode_andListedAfterTheDefaults() {
    ServiceKind detailing =
        new ServiceKind(
            new ServiceKindId(Fixtures.nextId()), new ServiceKindCode("detailing"), "Detailing");
    runTx(() -> store.serviceKinds().add(detailing));

    assertThat(inTx(() -> store.serviceKinds().findByCode(detailing.code()))).contains(detailing);
    Page<ServiceKind> first = inTx(() -> store.serviceKinds().list(PageRequest.first(7)));
    Page<ServiceKind> second = inTx(() -> store.serviceKinds().list(Fixtures.nextPage(first, 7)));
    assertThat(second.items()).containsExactly(detailing);
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void aCodeTaken_isAConflictOnCode() {
    assertConflict(
        () ->
            store
                .serviceKinds()
                .add(
                    new ServiceKind(
                        new ServiceKindId(Fixtures.nextId()),
                        new ServiceKindCode("oil_change"),
                        "Another oil change")),
        "code",
        "A service kind with this code already exists.");
  }
}
