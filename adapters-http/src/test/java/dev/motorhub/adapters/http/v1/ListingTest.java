package dev.motorhub.adapters.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff's lists of accounts and customers: filters, and pages that walk every item once. */
class ListingTest {
  static TestServer server;
  static Api staff;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "lister", Role.STAFF).api();
    for (String name : List.of("ann", "ben", "cat", "dan", "eva")) {
      Api.Reply reply =
          server
              .api()
              .post(
                  "/v1/auth/register",
                  Map.of(
                      "username",
                      name,
                      "email",
                      name + "@example.com",
                      "password",
                      Accounts.PASSWORD,
                      "first_name",
                      name.toUpperCase(),
                      "last_name",
                      name.equals("ann") || name.equals("ben") ? "Smith" : "Jones",
                      "job",
                      name.equals("cat") ? "Mechanical engineer" : "Driver",
                      "dob",
                      LocalDate.now(ZoneOffset.UTC).minusYears(30).toString(),
                      "phone_number",
                      "+25470100000" + (name.charAt(0) - 'a')));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
    Accounts.mechanic(server, "fixer");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void walkingThePagesOfAccounts_visitsEachOnce_inIdOrder() {
    List<String> all = walk("/v1/users?role=customer", 2, 3);

    assertThat(all).hasSize(5).doesNotHaveDuplicates();
    assertThat(all).isSortedAccordingTo((a, b) -> UUID.fromString(a).compareTo(UUID.fromString(b)));
    assertThat(staff.get("/v1/users?role=customer&limit=100").json().path("items").size())
        .isEqualTo(5);
  }

  @Test
  void walkingThePagesOfCustomers_visitsEachOnce() {
    List<String> all = walk("/v1/customers", 3, 2);

    assertThat(all).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void accountFilters_narrowTheList_regardlessOfCase() {
    assertThat(usernames("/v1/users?last_name=smith")).containsExactly("ann", "ben");
    assertThat(usernames("/v1/users?first_name=A")).contains("ann", "cat", "dan", "eva");
    assertThat(usernames("/v1/users?username=EV")).containsExactly("eva");
    assertThat(usernames("/v1/users?role=mechanic")).containsExactly("fixer");
    assertThat(usernames("/v1/users?role=customer&last_name=jones"))
        .containsExactly("cat", "dan", "eva");
    assertThat(usernames("/v1/users?status=suspended")).isEmpty();
  }

  @Test
  void customerFilters_matchNamesJobAgeAndPhone() {
    assertThat(usernames("/v1/customers?last_name=SMITH")).containsExactly("ann", "ben");
    assertThat(usernames("/v1/customers?job=mechanical")).containsExactly("cat");
    assertThat(usernames("/v1/customers?age=30")).hasSize(5);
    assertThat(usernames("/v1/customers?age=31")).isEmpty();
    assertThat(usernames("/v1/customers?phone_number=%2B254%20701%2000000%203"))
        .containsExactly("dan");
    assertThat(usernames("/v1/customers?first_name=ann&job=driver")).containsExactly("ann");
  }

  @Test
  void aCustomerProfile_carriesItsAccountsNamesAndItsAge() {
    JsonNode ann = staff.get("/v1/customers?first_name=ann").json().path("items").get(0);

    assertThat(ann.path("first_name").asText()).isEqualTo("ANN");
    assertThat(ann.path("age").asInt()).isEqualTo(30);
    assertThat(ann.path("phone_number").asText()).isEqualTo("+254701000000");
    assertThat(staff.get("/v1/users/" + ann.path("user_id").asText()).text("customer_id"))
        .isEqualTo(ann.path("id").asText());
  }

  /** Walks a list page by page; the number of pages must be as expected. */
  private static List<String> walk(String path, int limit, int expectedPages) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String separator = path.contains("?") ? "&" : "?";
      Api.Reply page =
          staff.get(
              path + separator + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      JsonNode items = page.json().path("items");
      assertThat(items.size()).isBetween(1, limit);
      items.forEach(item -> ids.add(item.path("id").asText()));
      cursor = page.json().path("next_cursor").isNull() ? null : page.text("next_cursor");
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(pages).isEqualTo(expectedPages);
    return ids;
  }

  /** The usernames in a list of accounts or of customer profiles, which both carry them. */
  private static List<String> usernames(String path) {
    Api.Reply reply = staff.get(path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<String> values = new ArrayList<>();
    reply.json().path("items").forEach(item -> values.add(item.path("username").asText()));
    return values;
  }
}
