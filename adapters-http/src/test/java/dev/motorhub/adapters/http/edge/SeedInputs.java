package dev.motorhub.adapters.http.edge;

import static dev.motorhub.adapters.http.edge.EdgeWorld.Caller.ANONYMOUS;
import static dev.motorhub.adapters.http.edge.EdgeWorld.Caller.OWNER;
import static dev.motorhub.adapters.http.edge.EdgeWorld.Caller.ROOT;

import dev.motorhub.adapters.http.edge.EdgeWorld.Caller;
import dev.motorhub.adapters.http.edge.InputCase.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs of the seed routes, which no document describes: the text fields each route reads from
 * its body, and the query parameters of its searches. {@code InputScreeningTest} checks that every
 * seed route taking a body is here or in {@link #WITHOUT_TEXT}.
 */
final class SeedInputs {
  /** The seed routes whose body holds no text: none read, a boolean alone, or an image file. */
  static final Set<String> WITHOUT_TEXT =
      Set.of(
          "POST /users/logout/",
          "POST /auth/logout",
          "PUT /users/deactivate/",
          "PATCH /users/deactivate/",
          "POST /api/cars/{}/upload-image/",
          "POST /api/admin/users/{}/cars/{}/upload-image/");

  private SeedInputs() {}

  static List<InputCase> all() {
    List<InputCase> cases = new ArrayList<>();
    // 000 Lease API
    text(cases, "POST", "/api/register/", ANONYMOUS, "username", "email", "first_name", "role");
    text(cases, "POST", "/api/login/", ANONYMOUS, "username", "password");
    text(cases, "PUT PATCH", "/api/user/{users}", ROOT, "username", "email", "last_name");
    text(cases, "POST", "/api/user/", ROOT, "username", "email", "password", "job");
    text(cases, "PUT", "/api/password_update/{users}", ROOT, "password");
    text(cases, "PUT PATCH", "/api/customer/{customers}", ROOT, "first_name", "job", "phone");
    query(cases, "/api/users/search/", ROOT, "username", "first_name", "last_name");
    query(cases, "/api/customers/search/", ROOT, "first_name", "last_name", "job", "age");
    // 001 CarCarePro
    text(
        cases,
        "POST",
        "/api/v1/user/registration/",
        ANONYMOUS,
        "username",
        "user_type",
        "specialization");
    text(cases, "POST", "/api/v1/user/login/", ANONYMOUS, "username", "password");
    text(cases, "POST", "/api/v1/user/accounts", ANONYMOUS, "username", "email", "user_type");
    text(cases, "PUT PATCH", "/api/v1/user/accounts", OWNER, "first_name", "phone_number");
    query(cases, "/api/v1/user/", ROOT, "user_type");
    text(
        cases,
        "POST",
        "/api/v1/customer_service_requests",
        OWNER,
        "service_description",
        "requested_date");
    text(cases, "PUT", "/api/v1/customer_service_requests/{service-requests}", ROOT, "status");
    text(
        cases,
        "POST",
        "/api/v1/service_cost_details",
        ROOT,
        "service_request_id",
        "service_description");
    text(cases, "POST", "/api/v1/mechanics", ROOT, "account_id");
    text(cases, "PUT", "/api/v1/mechanics/{mechanics}", ROOT, "specialization");
    text(cases, "POST", "/api/v1/mechanic_attendance", ROOT, "mechanic_id");
    text(
        cases,
        "PUT",
        "/api/v1/mechanic_attendance/{attendance}",
        ROOT,
        "status",
        "attendance_date");
    text(cases, "POST", "/api/v1/mechanic_work_status", ROOT, "mechanic_id");
    text(cases, "PUT", "/api/v1/mechanic_work_status/{work-statuses}", ROOT, "work_status");
    text(cases, "POST", "/api/v1/customer_feedback", OWNER, "service_request_id");
    // A random id: the text is screened before any record is looked up.
    text(cases, "PUT", "/api/v1/customer_feedback/{service-requests}", OWNER, "feedback_text");
    text(
        cases,
        "PUT",
        "/api/v1/service_cost_details/{service-requests}",
        ROOT,
        "service_description");
    query(cases, "/api/v1/service_cost_details", ROOT, "service_request_id");
    query(cases, "/api/v1/mechanic_attendance", ROOT, "mechanic_id");
    query(cases, "/api/v1/mechanic_work_status", ROOT, "mechanic_id");
    // 002 Matchmaking
    text(cases, "POST", "/users/", ANONYMOUS, "username", "email", "role");
    text(cases, "POST", "/users/login/", ANONYMOUS, "username", "password");
    text(cases, "PUT", "/users/reset/", OWNER, "username", "old_password", "new_password");
    text(cases, "PUT PATCH", "/users/byId/", OWNER, "first_name", "role", "email");
    // 003 My Cars
    text(cases, "POST", "/api/token/", ANONYMOUS, "username", "password");
    text(cases, "POST", "/api/token/refresh/", ANONYMOUS, "refresh");
    text(cases, "PUT PATCH", "/api/change-password/", OWNER, "old_password", "new_password");
    text(cases, "POST", "/api/logout/", OWNER, "refresh");
    text(cases, "POST", "/api/cars/", OWNER, "brand", "model", "color", "license", "vin", "notes");
    text(cases, "PUT PATCH", "/api/cars/{vehicles}/", OWNER, "brand", "license");
    text(cases, "POST", "/api/admin/users/", ROOT, "username", "password", "address", "role");
    text(cases, "PUT PATCH", "/api/admin/users/{users}/", ROOT, "username", "address", "role");
    text(cases, "POST", "/api/admin/users/{owner}/cars/", ROOT, "brand", "license");
    text(cases, "PUT PATCH", "/api/admin/users/{owner}/cars/{vehicles}/", ROOT, "model", "vin");
    query(cases, "/api/cars/", OWNER, "brand", "model", "year", "license");
    // 004 Customer-Order
    text(cases, "POST", "/api/add-customer/", ROOT, "name", "phone_number");
    text(cases, "PUT", "/api/update-customer/{standalone-customers}", ROOT, "name", "phone_number");
    text(cases, "POST", "/api/add-order/", ROOT, "customer_id", "item");
    text(cases, "PUT", "/api/update-order/{orders}", ROOT, "item");
    Map<String, Object> order = Map.of("customer_id", "{standalone-customers}", "item", "Edge");
    cases.add(new InputCase("POST", "/api/add-order/", ROOT, "amount", Kind.AMOUNT, order));
    cases.add(
        new InputCase("PUT", "/api/update-order/{orders}", ROOT, "amount", Kind.AMOUNT, Map.of()));
    query(cases, "/api/view-order/", ROOT, "order_id", "customer_id");
    query(cases, "/api/get-customers/", ROOT, "page");
    query(cases, "/api/get-orders/", ROOT, "page");
    return cases;
  }

  private static void text(
      List<InputCase> cases, String methods, String path, Caller caller, String... fields) {
    for (String method : methods.split(" ")) {
      for (String field : fields) {
        cases.add(new InputCase(method, path, caller, field, Kind.TEXT, Map.of()));
      }
    }
  }

  private static void query(List<InputCase> cases, String path, Caller caller, String... names) {
    for (String name : names) {
      cases.add(new InputCase("GET", path, caller, name, Kind.QUERY, Map.of()));
    }
  }
}
