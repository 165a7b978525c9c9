package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.billing.InvoiceLine;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.notifications.NotificationKind;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Money;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The assigned mechanic starts a job, costs it while it is in progress, and completes it. */
class WorkOnARequestTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 5, 4, OIL);
  private final Mechanic ann = shop.mechanic("ann", 3, 4, OIL);
  private final Principal alice = shop.customer("alice");
  private final Principal moIn = shop.signedIn(mo);

  private ServiceRequest scheduledForMo() {
    shop.present(mo);
    return shop.open(alice, OIL, shop.today());
  }

  private CompleteServiceRequest.Completed complete(Principal by, ServiceRequest request) {
    return shop.motorhub
        .carCare()
        .completeServiceRequest()
        .complete(new CompleteServiceRequest.Command(by, request.id()));
  }

  @Test
  void completing_issuesTheCustomerAnInvoiceOfTheCostLines_dueInThirtyDays() {
    ServiceRequest job = scheduledForMo();
    shop.start(moIn, job);
    shop.cost(moIn, job, "Synthetic oil, 5 l", 2, "25.50");
    shop.cost(shop.staff, job, "Labour", 1, "40");

    var done = complete(moIn, job);

    var bill = done.invoice().bill();
    assertThat(bill.lines())
        .containsExactly(
            new InvoiceLine("Synthetic oil, 5 l", 2, Money.of("25.50", "USD")),
            new InvoiceLine("Labour", 1, Money.of("40.00", "USD")));
    assertThat(bill.total()).isEqualTo(Money.of("91.00", "USD"));
    assertThat(bill.dueOn()).isEqualTo(shop.today().plusDays(30));
    assertThat(bill.customer()).isEqualTo(alice.actor().id());
    assertThat(done.invoice().bill().source().kind())
        .isEqualTo(CompleteServiceRequest.INVOICE_KIND);
    assertThat(done.request().invoice()).isEqualTo(done.invoice().id());
    assertThat(shop.toldTo(alice.actor().id()))
        .contains(
            NotificationKind.SERVICE_REQUEST_STARTED,
            NotificationKind.INVOICE_ISSUED,
            NotificationKind.SERVICE_REQUEST_COMPLETED);
  }

  @Test
  void startingMakesTheMechanicBusy_andCompletingAvailable() {
    ServiceRequest job = scheduledForMo();
    shop.start(moIn, job);
    assertThat(status(mo)).isEqualTo(WorkStatus.BUSY);
    shop.cost(moIn, job, "Oil", 1, "10");
    complete(moIn, job);
    assertThat(status(mo)).isEqualTo(WorkStatus.AVAILABLE);
  }

  @Test
  void costLines_areAddedOnlyWhileTheWorkIsInProgress() {
    ServiceRequest job = scheduledForMo();
    refused(RuleViolated.class, () -> shop.cost(moIn, job, "Oil", 1, "10"));
    shop.start(moIn, job);
    shop.cost(moIn, job, "Oil", 1, "10");
    complete(moIn, job);

    assertThat(refused(RuleViolated.class, () -> shop.cost(moIn, job, "More oil", 1, "10")))
        .hasMessageContaining("completed");
    var lines =
        shop.motorhub
            .carCare()
            .viewServiceRequests()
            .costLines(alice, job.id(), PageRequest.first(10));
    assertThat(lines.items()).hasSize(1);
  }

  @Test
  void badCostLines_nameTheirField() {
    ServiceRequest job = scheduledForMo();
    shop.start(moIn, job);

    assertThat(refused(InvalidInput.class, () -> shop.cost(moIn, job, "Oil", 1, "-3")).errors())
        .containsKey("unit_price");
    assertThat(refused(InvalidInput.class, () -> shop.cost(moIn, job, "Oil", 0, "3")).errors())
        .containsKey("quantity");
    assertThat(refused(InvalidInput.class, () -> shop.cost(moIn, job, " ", 1, "3")).errors())
        .containsKey("description");
  }

  @Test
  void costLinesComingToMoreThanOneInvoiceHolds_areRefusedOnTheirPrice() {
    ServiceRequest job = scheduledForMo();
    shop.start(moIn, job);
    shop.cost(moIn, job, "Engine", 1, "9999999999.99");

    assertThat(refused(InvalidInput.class, () -> shop.cost(moIn, job, "Oil", 1, "0.01")).errors())
        .containsKey("unit_price");
    assertThat(
            refused(InvalidInput.class, () -> shop.cost(moIn, job, "Gold", 2, "9999999999.99"))
                .errors())
        .containsKey("unit_price");
  }

  @Test
  void anotherMechanic_orTheCustomer_cannotWorkOnTheJob() {
    ServiceRequest job = scheduledForMo();
    Principal annIn = shop.signedIn(ann);

    refused(NotFound.class, () -> shop.start(annIn, job));
    refused(Forbidden.class, () -> shop.start(alice, job));
  }

  @Test
  void workStartsOnTheRequestedDate_notBefore() {
    ServiceRequest tomorrows = shop.open(alice, OIL, shop.today().plusDays(1));
    assertThat(tomorrows.mechanic()).isPresent();

    assertThat(refused(RuleViolated.class, () -> shop.start(shop.staff, tomorrows)))
        .hasMessageContaining("not before");
    shop.clock.advance(Duration.ofDays(1));
    assertThat(shop.start(shop.staff, tomorrows).status()).isEqualTo("in_progress");
  }

  @Test
  void completingWithoutCostLines_orBeforeStarting_isRefused() {
    ServiceRequest job = scheduledForMo();
    refused(RuleViolated.class, () -> complete(moIn, job));
    shop.start(moIn, job);
    assertThat(refused(RuleViolated.class, () -> complete(moIn, job)))
        .hasMessageContaining("cost line");
    refused(RuleViolated.class, () -> shop.start(moIn, job));
  }

  private WorkStatus status(Mechanic mechanic) {
    return shop.motorhub
        .carCare()
        .viewMechanics()
        .get(shop.staff, mechanic.id())
        .status()
        .orElseThrow()
        .status();
  }
}
