package dev.motorhub.adapters.http.v1;

import static dev.motorhub.adapters.http.v1.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.motorhub.adapters.http.support.Accounts;
import dev.motorhub.adapters.http.support.Api;
import dev.motorhub.adapters.http.support.Market;
import dev.motorhub.adapters.http.support.TestServer;
import dev.motorhub.domain.identity.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invoices over HTTP: numbered from a gap-free sequence per year, due a term after issue, listed by
 * status and customer, and voided by staff with a reason while nothing has been paid on them.
 */
class InvoicesTest {
  static TestServer server;
  static Accounts.Signed staff;
  Accounts.Signed owner;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    staff = Accounts.administrator(server, "warden", Role.STAFF);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void signIn() {
    owner = Accounts.customer(server, Matrix.unique("olive"));
  }

  @Test
  void invoiceNumbers_followOneAnotherWithoutGaps_acrossCustomers_andAreDueInThirtyDays() {
    Accounts.Signed bruno = Accounts.customer(server, Matrix.unique("bruno"));
    List<JsonNode> issued = new ArrayList<>();
    for (Accounts.Signed customer : List.of(owner, bruno, owner)) {
      String id = Market.exposureInvoice(server, staff.api(), customer, "50.00");
      issued.add(customer.api().get("/v1/invoices/" + id).json());
    }

    String year = Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear());
    List<Integer> sequence = new ArrayList<>();
    for (JsonNode invoice : issued) {
      String number = invoice.path("number").asText();
      assertThat(number).matches("INV-" + year + "-[0-9]{6}");
      sequence.add(Integer.parseInt(number.substring(9)));
      LocalDate issuedOn = LocalDate.parse(invoice.path("issued_on").asText());
      assertThat(invoice.path("due_on").asText()).isEqualTo(issuedOn.plusDays(30).toString());
      assertThat(invoice.path("status").asText()).isEqualTo("open");
    }
    assertThat(sequence.get(1)).isEqualTo(sequence.get(0) + 1);
    assertThat(sequence.get(2)).isEqualTo(sequence.get(0) + 2);
  }

  @Test
  void invoicesAreListedByStatus_andStaffChooseTheCustomer() {
    String paid = Market.exposureInvoice(server, staff.api(), owner, "50.00");
    String open = Market.exposureInvoice(server, staff.api(), owner, "30.00");
    String card = Market.card(server, owner.accessToken());
    owner.api().post("/v1/invoices/" + paid + "/payments", Map.of("card_id", card));
    Accounts.Signed bruno = Accounts.customer(server, Matrix.unique("bruno"));
    Market.exposureInvoice(server, staff.api(), bruno, "50.00");

    assertThat(ids(owner.api(), "")).containsExactly(paid, open);
    assertThat(ids(owner.api(), "?status=paid")).containsExactly(paid);
    assertThat(ids(owner.api(), "?status=OPEN")).containsExactly(open);
    assertThat(ids(owner.api(), "?status=overdue")).isEmpty();
    assertThat(owner.api().get("/v1/invoices?customer_id=" + bruno.id()).status()).isEqualTo(403);
    assertThat(ids(owner.api(), "?customer_id=" + owner.id())).containsExactly(paid, open);
    assertThat(ids(staff.api(), "?customer_id=" + owner.id())).containsExactly(paid, open);
    assertThat(ids(staff.api(), "?status=open&customer_id=" + owner.id())).containsExactly(open);
    assertThat(ids(bruno.api(), "?status=paid")).isEmpty();
  }

  @Test
  void staffVoidAnOpenInvoice_withAReason_andNothingIsOwedOnItThen() {
    String invoice = Market.exposureInvoice(server, staff.api(), owner, "50.00");
    String card = Market.card(server, owner.accessToken());

    Api.Reply voided =
        staff.api().post("/v1/invoices/" + invoice + "/void", Map.of("reason", "Listed twice."));

    assertThat(voided.status()).isEqualTo(200);
    assertThat(voided.text("status")).isEqualTo("void");
    assertThat(voided.text("void_reason")).isEqualTo("Listed twice.");
    assertThat(voided.json().path("voided_at").isTextual()).isTrue();
    assertThat(voided.text("owed")).isEqualTo("0.00");
    assertThat(ids(owner.api(), "?status=void")).containsExactly(invoice);
    Api.Reply paying =
        owner.api().post("/v1/invoices/" + invoice + "/payments", Map.of("card_id", card));
    assertProblem(paying, 422);
    assertThat(paying.text("detail")).isEqualTo("This invoice is void.");
    assertProblem(
        staff.api().post("/v1/invoices/" + invoice + "/void", Map.of("reason", "X")), 422);
  }

  @Test
  void anInvoiceWithAPayment_orWithoutAReason_isNotVoided() {
    String invoice = Market.exposureInvoice(server, staff.api(), owner, "50.00");
    String card = Market.card(server, owner.accessToken());
    String voiding = "/v1/invoices/" + invoice + "/void";

    Api.Reply noReason = staff.api().post(voiding, Map.of("reason", "  "));
    assertProblem(noReason, 400);
    assertThat(noReason.json().path("errors").has("reason")).isTrue();
    assertProblem(staff.api().post(voiding, Map.of("reason", "x".repeat(501))), 400);
    assertProblem(owner.api().post(voiding, Map.of("reason", "I changed my mind.")), 403);
    owner
        .api()
        .post("/v1/invoices/" + invoice + "/payments", Map.of("card_id", card, "amount", "1"));

    Api.Reply partlyPaid = staff.api().post(voiding, Map.of("reason", "Listed twice."));

    assertProblem(partlyPaid, 422);
    assertThat(partlyPaid.text("detail")).contains("Payments were made");
    assertThat(owner.api().get("/v1/invoices/" + invoice).text("status")).isEqualTo("open");
  }

  private static List<String> ids(Api who, String query) {
    List<String> ids = new ArrayList<>();
    who.get("/v1/invoices" + query)
        .json()
        .path("items")
        .forEach(i -> ids.add(i.at("/id").asText()));
    return ids;
  }
}
