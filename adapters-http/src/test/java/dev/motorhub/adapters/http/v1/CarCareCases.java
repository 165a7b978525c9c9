package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.adapters.http.support.Workshop;
import dev.motorhub.adapters.http.v1.Matrix.Fixture;
import java.util.Map;

/**
 * The car care records a permission case acts on, each made the first time the case asks: a kind of
 * work of the case's own, a mechanic who alone does it (the assigned mechanic), and the owner's
 * request for it today, scheduled, in progress (costed) or completed.
 */
public final class CarCareCases {
  private final TestServer server;

  public CarCareCases(TestServer server) {
    this.server = server;
  }

  /** A kind of work only this case's mechanic does. */
  public String kind(Fixture f) {
    return f.memo(
        "kind",
        () -> {
          String code = Matrix.unique("kind_");
          Api.Reply added =
              f.superuser().post("/v1/service-kinds", Map.of("code", code, "name", code));
          assertThat(added.status()).as(added.toString()).isEqualTo(201);
          return code;
        });
  }

  /** The case's mechanic's profile id; they become the assigned mechanic. */
  public String mechanic(Fixture f) {
    return f.memo(
        "mechanic",
        () -> {
          var mechanic =
              Workshop.mechanic(server, f.superuser(), Matrix.unique("fitter"), 4, kind(f));
          f.assign(mechanic.api());
          return mechanic.id();
        });
  }

  /** The owner's request of the case's kind, scheduled to the case's mechanic. */
  public String scheduled(Fixture f) {
    return f.memo(
        "scheduled",
        () -> {
          mechanic(f);
          return Workshop.scheduled(f.owner().api(), kind(f));
        });
  }

  /** The owner's request, started by its mechanic, with one cost line. */
  public String inProgress(Fixture f) {
    return f.memo(
        "in progress",
        () -> {
          String id = scheduled(f);
          ok(f.superuser().post("/v1/service-requests/" + id + "/start", Map.of()));
          ok(
              f.superuser()
                  .post(
                      "/v1/service-requests/" + id + "/cost-lines",
                      Map.of("description", "Labour", "unit_price", "30.00")));
          return id;
        });
  }

  /** The owner's request, done and invoiced. */
  public String completed(Fixture f) {
    return f.memo(
        "completed",
        () -> {
          String id = inProgress(f);
          ok(f.superuser().post("/v1/service-requests/" + id + "/complete", Map.of()));
          return id;
        });
  }

  /** The invoice completing the owner's request issued. */
  public String invoice(Fixture f) {
    return f.memo(
        "invoice",
        () -> f.superuser().get("/v1/service-requests/" + completed(f)).text("invoice_id"));
  }

  private static void ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
  }
}
