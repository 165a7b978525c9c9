package dev.motorhub.adapters.http.seed.carcare;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.v1.Matrix;
import dev.motorhub.domain.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /api/v1/user/accounts} takes no id: whoever calls, of whatever role, reads, changes and
 * deletes their own account and nobody else's.
 */
class CarCareOwnAccountTest {
  static TestServer server;
  static CarCareAccounts.Signed bystander;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    bystander = CarCareAccounts.register(server, "bystander", "customer");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRole_readsChangesAndDeletesItsOwnAccountOnly(Role role) {
    CarCareAccounts.Signed caller = signIn(role, Matrix.unique(role.wire()));
    String username = caller.username();
    Api api = caller.api();
    String before = bystander.api().get("/api/v1/user/accounts").body();

    assertThat(
            assertSuccess(api.get("/api/v1/user/accounts"), 200).get(0).path("username").asText())
        .isEqualTo(username);
    assertThat(api.put("/api/v1/user/accounts", Map.of("first_name", "Changed")).text("username"))
        .isEqualTo(username);
    assertThat(
            api.patch("/api/v1/user/accounts", Map.of("last_name", "Patched")).text("first_name"))
        .isEqualTo("Changed");
    assertThat(api.delete("/api/v1/user/accounts").status()).isEqualTo(204);

    assertDrfError(api.get("/api/v1/user/accounts"), 401);
    assertThat(bystander.api().get("/api/v1/user/accounts").body()).isEqualTo(before);
  }

  private static CarCareAccounts.Signed signIn(Role role, String username) {
    return switch (role) {
      case CUSTOMER, MECHANIC -> CarCareAccounts.register(server, username, role.wire());
      case STAFF, SUPERUSER -> {
        Accounts.Signed admin = Accounts.administrator(server, username, role);
        yield new CarCareAccounts.Signed(
            admin.username(),
            admin.accessToken(),
            admin.refreshToken(),
            server.api().token(admin.accessToken()));
      }
    };
  }
}
