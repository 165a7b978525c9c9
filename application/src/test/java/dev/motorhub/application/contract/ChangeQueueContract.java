package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.domain.notifications.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@code ChangeQueue} keeps: the changes added, claimed oldest first a batch at a time,
 * until they are removed; a change whose unit of work fails was never queued.
 */
public abstract class ChangeQueueContract extends StoreContract {
  private static Change change(String type, long minutes) {
    return new Change(Fixtures.nextId(), type, Fixtures.nextId(), Fixtures.at(minutes));
  }

  @Test
  void changes_areClaimedOldestFirst_untilRemoved() {
    Change trade = change(Change.TRADE, 1);
    Change vehicle = change(Change.VEHICLE, 2);
    Change preference = change(Change.PREFERENCE, 3);
    runTx(
        () -> {
          store.changeQueue().add(trade);
          store.changeQueue().add(vehicle);
          store.changeQueue().add(preference);
        });

    assertThat(inTx(() -> store.changeQueue().claim(2))).containsExactly(trade, vehicle);
    runTx(
        () -> {
          List<Change> claimed = store.changeQueue().claim(2);
          claimed.forEach(store.changeQueue()::remove);
        });
    assertThat(inTx(() -> store.changeQueue().claim(10))).containsExactly(preference);
  }

  @Test
  void aChangeWhoseUnitOfWorkFails_isNotQueued() {
    try {
      runTx(
          () -> {
            store.changeQueue().add(change(Change.TRADE, 1));
            throw new IllegalStateException("the change itself failed");
          });
    } catch (IllegalStateException expected) {
      // as the change's own unit of work would
    }

    assertThat(inTx(() -> store.changeQueue().claim(10))).isEmpty();
  }
}
