package dev.motorhub.adapters.http.seed.lease;

import static dev.motorhub.adapters.http.seed.DrfAnswers.assertDrfError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertFieldError;
import static dev.motorhub.adapters.http.seed.DrfAnswers.assertSuccess;
import static dev.motorhub.adapters.http.seed.DrfAnswers.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lease API's customer routes: a customer's details with the age computed from the date of
 * birth, their update and deletion (which takes the user along), and the staff's list and search.
 */
class LeaseCustomerRoutesTest {
  private static final List<String> CUSTOMER_FIELDS =
      List.of("id", "user", "first_name", "last_name", "job", "notes", "dob", "age");
  static TestServer server;
  static Api staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = LeaseAccounts.administrator(server, "chief", Role.STAFF);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void getCustomer_answersTheSeedsDetails_withTheAge() {
    LeaseAccounts.Registered adam = LeaseAccounts.register(server, "adam");

    for (String path :
        List.of("/api/customer/" + adam.customerId(), "/api/customer/" + adam.customerId() + "/")) {
      JsonNode body = assertSuccess(adam.api().get(path), 200);
      assertThat(fieldNames(body)).containsExactlyElementsOf(CUSTOMER_FIELDS);
      assertThat(body.path("id").asText()).isEqualTo(adam.customerId());
      assertThat(body.path("user").asText()).isEqualTo(adam.userId());
      assertThat(body.path("dob").asText()).isEqualTo("1970-03-04");
      assertThat(body.path("age").asInt()).isEqualTo(ageOn("1970-03-04"));
    }
  }

  @Test
  void updateCustomer_withTheSeedsExample_changesTheProfileAndTheNames() {
    LeaseAccounts.Registered adam = LeaseAccounts.register(server, "adamd");
    Map<String, String> example =
        Map.of(
            "first_name", "Adam",
            "last_name", "Dillon",
            "job", "some job",
            "notes", "Some notes",
            "dob", "1991-04-28");

    JsonNode body =
        assertSuccess(adam.api().put("/api/customer/" + adam.customerId(), example), 200);

    assertThat(fieldNames(body)).containsExactlyElementsOf(CUSTOMER_FIELDS);
    assertThat(body.path("first_name").asText()).isEqualTo("Adam");
    assertThat(body.path("job").asText()).isEqualTo("some job");
    assertThat(body.path("age").asInt()).isEqualTo(ageOn("1991-04-28"));
    assertThat(adam.api().get("/api/user/" + adam.userId()).text("last_name")).isEqualTo("Dillon");
  }

  @Test
  void updateCustomer_formEncodedOrMultipart_withoutTheTrailingSlash() {
    LeaseAccounts.Registered cy = LeaseAccounts.register(server, "cy");
    String path = "/api/customer/" + cy.customerId();

    assertThat(cy.api().form("PUT", path, Map.of("job", "Formed job")).text("job"))
        .isEqualTo("Formed job");
    assertThat(staff.multipart("PUT", path + "/", Map.of("notes", "Parted")).text("notes"))
        .isEqualTo("Parted");
    assertThat(cy.api().get(path).text("job")).isEqualTo("Formed job");
  }

  @Test
  void updateCustomer_withBadDates_namesDob() {
    LeaseAccounts.Registered dee = LeaseAccounts.register(server, "dee");
    String path = "/api/customer/" + dee.customerId();

    for (String dob : List.of("28/04/1991", "1991-02-30", "2999-01-01", "1850-01-01")) {
      assertFieldError(dee.api().put(path, Map.of("dob", dob)), 400, "dob");
    }
    assertThat(dee.api().get(path).text("dob")).isEqualTo("1970-03-04");
  }

  @Test
  void deleteCustomer_answersRemoveCompleted_andTakesTheUserWithIt() {
    LeaseAccounts.Registered del = LeaseAccounts.register(server, "del");

    JsonNode body = assertSuccess(del.api().delete("/api/customer/" + del.customerId()), 200);

    assertThat(body.path("response").asText()).isEqualTo("Remove Completed");
    assertDrfError(staff.get("/api/customer/" + del.customerId()), 404);
    assertDrfError(staff.get("/api/user/" + del.userId()), 404);
  }

  @Test
  void customerList_isAPlainArray_underTheSeedsSpacedNames() {
    LeaseAccounts.Registered lyn = LeaseAccounts.register(server, "lyn");

    for (String path : List.of("/api/customers/", "/api/customers")) {
      JsonNode list = assertSuccess(staff.get(path), 200);
      JsonNode item = byId(list, lyn.customerId());
      assertThat(fieldNames(item))
          .containsExactly("id", "user", "first name", "last name", "job", "notes", "dob", "age");
      assertThat(item.path("user").asText()).isEqualTo(lyn.userId());
      assertThat(item.path("first name").asText()).isEqualTo("Firstlyn");
    }
  }

  @Test
  void customerSearch_byNamesJobAndAge_answersTheSeedsItems() {
    LeaseAccounts.Registered sam = LeaseAccounts.register(server, "samsearch");
    staff.put("/api/customer/" + sam.customerId(), Map.of("job", "Welder", "dob", "1991-04-28"));
    int age = ageOn("1991-04-28");

    JsonNode byAll =
        assertSuccess(
            staff.get(
                "/api/customers/search/?first_name=FIRSTSAM&last_name=lastsam&job=weld&age=" + age),
            200);
    JsonNode byWrongAge = staff.get("/api/customers/search?job=welder&age=" + (age + 1)).json();

    assertThat(byAll).hasSize(1);
    assertThat(fieldNames(byAll.get(0))).containsExactlyElementsOf(CUSTOMER_FIELDS);
    assertThat(byAll.get(0).path("id").asText()).isEqualTo(sam.customerId());
    assertThat(byWrongAge.isArray() && byWrongAge.isEmpty()).isTrue();
  }

  @Test
  void customerSearch_withABadAge_namesAge() {
    for (String age : List.of("abc", "-1", "1.5", "99999999999")) {
      assertFieldError(staff.get("/api/customers/search/?age=" + age), 400, "age");
    }
  }

  @Test
  void customerSearch_withSqlAsText_findsNothing() {
    JsonNode found =
        assertSuccess(
            staff.get("/api/customers/search/?job=%27%3B%20DROP%20TABLE%20customers%3B%20--"), 200);

    assertThat(found.isArray() && found.isEmpty()).isTrue();
    assertThat(staff.get("/api/customers/").json()).isNotEmpty();
  }

  private static int ageOn(String dob) {
    return Period.between(LocalDate.parse(dob), LocalDate.now(ZoneOffset.UTC)).getYears();
  }

  private static JsonNode byId(JsonNode list, String id) {
    for (JsonNode item : list) {
      if (item.path("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError(id + " not in " + list);
  }
}
