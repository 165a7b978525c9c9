package dev.motorhub.adapters.http.openapi;

import static dev.motorhub.adapters.http.openapi.ConformingApi.body;
import static dev.motorhub.adapters.http.openapi.RequestTargets.one;

import dev.motorhub.adapters.http.openapi.RequestTargets.Target;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Workshop;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Where car care's operations with a body are sent for {@link RequestRulesTest}. */
final class CarCareTargets {
  private CarCareTargets() {}

  /**
   * The car care targets; bodies are refused before a service request is looked up, so the one they
   * name need not exist.
   */
  static void put(RequestWorld w, Map<String, Target> targets) {
    String today = Workshop.today().toString();
    String mechanic =
        "/v1/mechanics/"
            + Accounts.mechanic(w.server(), "rex")
                .api()
                .get("/v1/me")
                .json()
                .path("mechanic")
                .path("id")
                .asText();
    String request = "/v1/service-requests/" + UUID.randomUUID();
    targets.put(
        "addServiceKind",
        one(w.staff(), "/v1/service-kinds", body("code", "polish", "name", "Polish")));
    targets.put("updateMechanicProfile", one(w.staff(), mechanic, body()));
    targets.put(
        "createMechanicProfile",
        one(
            w.staff(),
            "/v1/mechanics",
            body(
                "account_id",
                Workshop.mechanicWithoutProfile(w.server(), "root", "ray"),
                "daily_capacity",
                3)));
    targets.put(
        "recordAttendance",
        one(w.staff(), mechanic + "/attendance/" + today, body("status", "present")));
    targets.put(
        "setWorkStatus", one(w.staff(), mechanic + "/status", body("work_status", "available")));
    Map<String, Object> oil =
        body("service_kind", "oil_change", "service_description", "Oil", "requested_date", today);
    String olives = w.olive().post("/v1/service-requests", oil).text("id");
    Map<String, Object> onHerCar = new HashMap<>(oil);
    onHerCar.put("vehicle_id", w.car());
    targets.put("openServiceRequest", one(w.olive(), "/v1/service-requests", onHerCar));
    targets.put(
        "reviseServiceRequest",
        one(
            w.olive(),
            "/v1/service-requests/" + olives,
            body("service_description", "Oil again", "requested_date", today)));
    targets.put(
        "scheduleServiceRequest",
        one(w.staff(), request + "/schedule", body("mechanic_id", UUID.randomUUID().toString())));
    targets.put(
        "addCostLine",
        one(
            w.staff(),
            request + "/cost-lines",
            body("description", "Labour", "quantity", 1, "unit_price", "10.00")));
    targets.put(
        "giveFeedback",
        one(w.olive(), request + "/feedback", body("rating", 5, "feedback_text", "Good")));
  }
}
