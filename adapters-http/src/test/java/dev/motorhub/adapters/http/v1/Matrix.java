package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A permission matrix: routes as rows, the six actors as columns, and the status each actor gets.
 * Every case runs on fresh records (a fresh owner, fresh targets), so that one case's deletion or
 * revocation cannot change another's answer; the other actors are signed in once per class.
 */
public final class Matrix {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Matrix() {}

  /** Who calls. */
  public enum Actor {
    ANONYMOUS("anonymous"),
    OWNER("the owner"),
    OTHER_CUSTOMER("another customer"),
    MECHANIC("a mechanic"),
    STAFF("staff"),
    SUPERUSER("a superuser"),
    /** The mechanic a case's record is assigned to; only rows that name them have them. */
    ASSIGNED_MECHANIC("the assigned mechanic");

    private final String label;

    Actor(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * One route: the record it acts on (a path, read by a superuser before and after to show that a
   * refused call changed nothing; null for lists and creations), the call, and the status of each
   * actor in {@link Actor} order.
   */
  public record Row(
      String route,
      Function<Fixture, String> target,
      BiFunction<Api, Fixture, Api.Reply> call,
      int[] statuses) {
    @Override
    public String toString() {
      return route;
    }
  }

  /**
   * A row: {@code statuses} lists the status of each actor in {@link Actor} order (anonymous, the
   * owner, another customer, a mechanic, staff, a superuser and, where the record has one, the
   * assigned mechanic), such as {@code "401 200 404 404 200 200"}.
   */
  public static Row row(
      String route,
      String statuses,
      Function<Fixture, String> target,
      BiFunction<Api, Fixture, Api.Reply> call) {
    int[] parsed =
        Arrays.stream(statuses.strip().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    if (parsed.length < Actor.ASSIGNED_MECHANIC.ordinal()
        || parsed.length > Actor.values().length) {
      throw new IllegalArgumentException(route + ": one status per actor, please");
    }
    return new Row(route, target, call, parsed);
  }

  /** Every (row, actor, status) of a matrix, for a parameterized test. */
  public static Stream<Arguments> cases(List<Row> rows) {
    return rows.stream()
        .flatMap(
            row ->
                Arrays.stream(Actor.values())
                    .limit(row.statuses().length)
                    .map(actor -> Arguments.of(row, actor, row.statuses()[actor.ordinal()])));
  }

  /** A name no other case uses. */
  public static String unique(String prefix) {
    return prefix + SEQUENCE.incrementAndGet();
  }

  /** The actors other than the owner, signed in once for a test class. */
  public record Cast(TestServer server, Api otherCustomer, Api mechanic, Api staff, Api superuser) {
    public static Cast signIn(TestServer server) {
      String suffix = unique("");
      return new Cast(
          server,
          Accounts.customer(server, "other" + suffix).api(),
          Accounts.mechanic(server, "mech" + suffix).api(),
          Accounts.administrator(server, "chief" + suffix, Role.STAFF).api(),
          Accounts.administrator(server, "root" + suffix, Role.SUPERUSER).api());
    }
  }

  /**
   * Runs one case: the actor's call and its status; a refusal is a problem that changed nothing, a
   * deletion that answers 204 leaves nothing behind (one that answers the record, such as a
   * cancelled trade, keeps it).
   */
  public static Api.Reply run(Cast cast, Row row, Actor actor, int expected) {
    Fixture fixture = new Fixture(cast);
    String target = row.target().apply(fixture);
    Api caller =
        switch (actor) {
          case ANONYMOUS -> cast.server().api();
          case OWNER -> fixture.owner().api();
          case OTHER_CUSTOMER -> cast.otherCustomer();
          case MECHANIC -> cast.mechanic();
          case STAFF -> cast.staff();
          case SUPERUSER -> cast.superuser();
          case ASSIGNED_MECHANIC -> fixture.assignedMechanic();
        };
    JsonNode before = target == null ? null : cast.superuser().get(target).json();
    Api.Reply reply = row.call().apply(caller, fixture);

    assertThat(reply.status()).as(actor + " on " + row + ": " + reply).isEqualTo(expected);
    if (expected == 204 && row.route().startsWith("DELETE") && target != null) {
      assertThat(cast.superuser().get(target).status()).as(target + " is gone").isEqualTo(404);
    }
    if (expected >= 400) {
      assertRefusal(row, reply, expected);
      if (target != null) {
        assertThat(cast.superuser().get(target).json())
            .as("a refused call leaves " + target + " as it was")
            .isEqualTo(before);
      }
    }
    return reply;
  }

  /**
   * A refusal in the shape of its route: problem+json on {@code /v1}, DRF's {@code {"detail": …}}
   * or {@code {"field": ["message"]}} on a seed's route.
   */
  private static void assertRefusal(Row row, Api.Reply reply, int expected) {
    if (row.route().contains(" /v1")) {
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.json().path("status").asInt()).isEqualTo(expected);
      return;
    }
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    JsonNode body = reply.json();
    assertThat(body.has("detail") || body.elements().next().isArray())
        .as(reply.toString())
        .isTrue();
  }

  /** The records one case acts on, made when first asked for. */
  public static final class Fixture {
    private final Cast cast;
    private final Map<String, String> made = new HashMap<>();
    private Accounts.Signed owner;
    private Api assignedMechanic;

    Fixture(Cast cast) {
      this.cast = cast;
    }

    /** A customer of this case only, signed in. */
    public Accounts.Signed owner() {
      if (owner == null) {
        owner = Accounts.customer(cast.server(), unique("owner"));
      }
      return owner;
    }

    public String ownerCustomerId() {
      return owner().api().get("/v1/me").text("customer_id");
    }

    /** A new account of {@code role}, opened by a superuser; its id. */
    public String account(String role) {
      String name = unique(role);
      Api.Reply reply =
          cast.superuser()
              .post(
                  "/v1/users",
                  Map.of(
                      "username",
                      name,
                      "email",
                      name + "@example.com",
                      "password",
                      Accounts.PASSWORD,
                      "role",
                      role));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      return reply.text("id");
    }

    /** A new plan, active or not, defined by a superuser; its id. */
    String plan(boolean active) {
      Api.Reply reply =
          cast.superuser()
              .post(
                  "/v1/subscription-plans",
                  Map.of(
                      "name",
                      unique("Plan "),
                      "price",
                      "9.99",
                      "duration_days",
                      30,
                      "active",
                      active));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      return reply.text("id");
    }

    /**
     * The record {@code make} made the first time {@code key} was asked for in this case; {@code
     * make} may itself ask for other records.
     */
    public String memo(String key, Supplier<String> make) {
      String record = made.get(key);
      if (record == null) {
        record = make.get();
        made.put(key, record);
      }
      return record;
    }

    public Api superuser() {
      return cast.superuser();
    }

    /** Makes {@code mechanic} the one this case's record is assigned to. */
    public void assign(Api mechanic) {
      assignedMechanic = mechanic;
    }

    Api assignedMechanic() {
      assertThat(assignedMechanic).as("the case assigned its record to a mechanic").isNotNull();
      return assignedMechanic;
    }
  }
}
