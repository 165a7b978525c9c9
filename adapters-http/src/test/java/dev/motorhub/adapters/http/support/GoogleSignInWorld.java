package dev.motorhub.adapters.http.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For each test, a fresh {@link FakeOpenIdProvider}, a {@link TestServer} signing in with it, and a
 * {@link GoogleBrowser} on that server; all stopped after the test. Register it with
 * {@code @RegisterExtension}.
 */
public final class GoogleSignInWorld implements BeforeEachCallback, AfterEachCallback {
  private FakeOpenIdProvider provider;
  private TestServer server;
  private GoogleBrowser browser;

  @Override
  public void beforeEach(ExtensionContext context) {
    provider = FakeOpenIdProvider.start();
    server = TestServer.withGoogle(provider.issuer());
    browser = new GoogleBrowser(server.api());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
    provider.close();
  }

  public FakeOpenIdProvider provider() {
    return provider;
  }

  public TestServer server() {
    return server;
  }

  public GoogleBrowser browser() {
    return browser;
  }
}
