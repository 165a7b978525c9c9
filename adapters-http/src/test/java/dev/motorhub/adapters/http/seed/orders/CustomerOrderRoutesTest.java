package dev.motorhub.adapters.http.seed.orders;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.application.Store;
import dev.motorhub.domain.notifications.SmsMessage;
import dev.motorhub.domain.notifications.SmsStatus;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The Customer-Order seed's routes over the in-memory store. */
class CustomerOrderRoutesTest extends CustomerOrderContract {
  private TestServer server;

  @Override
  protected Api start() {
    server = TestServer.start();
    server.core().accounts().ensureSuperuser().ensure(ROOT, "root@example.com", PASSWORD);
    return server.api();
  }

  @Override
  protected void stop() {
    server.close();
  }

  @Override
  protected List<String> pendingTextsAbout(String subjectId) {
    Store store = server.core().store();
    return store
        .transactions()
        .inTransaction(() -> store.smsOutbox().list(Optional.empty(), PageRequest.first(100)))
        .items()
        .stream()
        .filter(m -> m.subjectId().toString().equals(subjectId))
        .filter(m -> m.status() == SmsStatus.PENDING)
        .map(SmsMessage::text)
        .toList();
  }
}
