package dev.motorhub.adapters.persistence;

import static dev.motorhub.application.contract.CarCareFixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.motorhub.application.contract.CarCareFixtures;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.identity.User;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What car care's schema itself guarantees, whatever writes to it: a request's state has exactly
 * the columns it needs, and capacities and working days stay in their ranges.
 */
class CarCareSchemaTest {
  private final Jdbi admin = Jdbi.create(PostgresTestDatabase.url());
  private User alice;
  private Mechanic mo;

  @BeforeEach
  void aCustomerAndAMechanic() {
    PostgresStore store = PostgresTestDatabase.emptyStore();
    alice = CarCareFixtures.account(store, "alice");
    mo = CarCareFixtures.mechanic(store, "mo");
  }

  @Test
  void aRequestsState_withoutWhatItNeedsOrWithWhatAnotherHolds_isRefused() {
    assertRefused(request("'scheduled', null, null"), "service_requests_state_check");
    assertRefused(request("'pending', 'Nobody free', :mechanic"), "service_requests_state_check");
    assertRefused(request("'done', null, null"), "service_requests_state_check");
    assertThat(execute(request("'pending', 'Nobody free', null"))).isEqualTo(1);
  }

  @Test
  void capacitiesAndWorkingDays_outOfRange_areRefused() {
    assertRefused(
        "update mechanics set daily_capacity = 0 where id = :mechanic",
        "mechanics_daily_capacity_check");
    assertRefused(
        "update mechanics set working_days = '{1,8}' where id = :mechanic",
        "mechanics_working_days_check");
  }

  /**
   * The insert of a request for alice whose status, waiting reason and mechanic are {@code state}.
   */
  private static String request(String state) {
    return "insert into service_requests (id, customer_id, service_kind, description,"
        + " requested_date, opened_at, status, waiting_reason, mechanic_id, version)"
        + " values (gen_random_uuid(), :customer, 'oil_change', 'Oil', :day, now(), "
        + state
        + ", 0)";
  }

  private int execute(String sql) {
    return admin.withHandle(
        h ->
            h.createUpdate(sql)
                .bind("customer", alice.id().value())
                .bind("mechanic", mo.id().value())
                .bind("day", DAY)
                .execute());
  }

  private void assertRefused(String sql, String constraint) {
    assertThatThrownBy(() -> execute(sql))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining(constraint);
  }
}
