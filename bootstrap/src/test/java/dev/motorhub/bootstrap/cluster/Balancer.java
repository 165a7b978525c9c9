package dev.motorhub.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import java.util.function.Supplier;

/**
 * The load balancer in front of two instances that {@code scripts/cluster-test} starts, named by
 * its environment: {@code MOTORHUB_CLUSTER_URL}, and the superuser both instances made sure of
 * ({@code MOTORHUB_CLUSTER_ADMIN_USERNAME}, {@code MOTORHUB_CLUSTER_ADMIN_PASSWORD}). It balances
 * round robin, request by request; every reply names its instance in {@code X-Instance}.
 */
final class Balancer {
  private final Api anonymous;
  private final String adminUsername;
  private final String adminPassword;

  private Balancer(String url, String adminUsername, String adminPassword) {
    this.anonymous = new Api(url);
    this.adminUsername = adminUsername;
    this.adminPassword = adminPassword;
  }

  /** The balancer the script started; without one the tests fail, saying how to run them. */
  static Balancer fromEnvironment() {
    return new Balancer(
        required("MOTORHUB_CLUSTER_URL"),
        required("MOTORHUB_CLUSTER_ADMIN_USERNAME"),
        required("MOTORHUB_CLUSTER_ADMIN_PASSWORD"));
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name
              + " is not set: these tests run against two instances behind HAProxy, which"
              + " scripts/cluster-test starts before running them.");
    }
    return value;
  }

  /** A client of no one, through the balancer. */
  Api api() {
    return anonymous;
  }

  String adminUsername() {
    return adminUsername;
  }

  String adminPassword() {
    return adminPassword;
  }

  /** The instance that answered. */
  static String instance(Api.Reply reply) {
    String instance = reply.header("X-Instance");
    assertThat(instance).as("X-Instance of " + reply).isNotBlank();
    return instance;
  }

  /**
   * Sends {@code step} so that it lands on the other instance than the one that answered {@code
   * previous}, and checks that it did. Round robin sends each request to the instance after the
   * last one's: a probe of {@code /health/live} or two first make the last one {@code previous}'s.
   */
  Api.Reply onTheOtherInstance(Api.Reply previous, Supplier<Api.Reply> step) {
    String last = instance(previous);
    for (int probe = 0; probe < 2; probe++) {
      if (instance(anonymous.get("/health/live")).equals(last)) {
        break;
      }
    }
    Api.Reply reply = step.get();
    assertThat(instance(reply)).as("the instance that answered " + reply).isNotEqualTo(last);
    return reply;
  }
}
