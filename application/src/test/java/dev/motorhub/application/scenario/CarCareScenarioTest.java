package dev.motorhub.application.scenario;

import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.billing.PayInvoice;
import dev.motorhub.application.carcare.CompleteServiceRequest;
import dev.motorhub.application.carcare.GiveFeedback;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestMarket;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.billing.Invoice;
import dev.motorhub.domain.billing.InvoiceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.customers.CreditCard;
import dev.motorhub.domain.notifications.NotificationKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A service request as the workshop tells it: a customer asks for an oil change today and it goes
 * at once to the least busy mechanic at work (the more experienced of equals); he starts, writes
 * down the parts and the labour and completes the job, which invoices the customer; she pays in two
 * parts and rates the work, and the mechanic's profile shows it.
 */
class CarCareScenarioTest {
  private final TestWorkshop shop = new TestWorkshop();

  @Test
  void fromRequestToPaidInvoiceAndRating() {
    Mechanic mo = shop.mechanic("mo", 12, 4, OIL);
    Mechanic ann = shop.mechanic("ann", 4, 4, OIL);
    Principal alice = shop.customer("alice");
    Principal moIn = shop.signedIn(mo);

    // Both mechanics check in, neither has a job: Alice's request goes to Mo, who has more
    // experience; Bob's next goes to Ann, who has fewer jobs then.
    shop.present(mo);
    shop.present(ann);
    ServiceRequest request = shop.open(alice, OIL, shop.today());
    assertThat(request).isInstanceOf(ServiceRequest.Scheduled.class);
    assertThat(request.mechanic()).contains(mo.id());
    assertThat(shop.open(shop.customer("bob"), OIL, shop.today()).mechanic()).contains(ann.id());
    assertThat(shop.toldTo(mo.userId())).contains(NotificationKind.JOB_ASSIGNED);

    // Mo starts, costs the parts and his labour, and completes the job: Alice is invoiced.
    shop.clock.advance(Duration.ofHours(1));
    shop.start(moIn, request);
    shop.cost(moIn, request, "Synthetic oil, 5 l", 1, "38.00");
    shop.cost(moIn, request, "Oil filter", 1, "12.00");
    shop.cost(moIn, request, "Labour, hours", 2, "25.00");
    CompleteServiceRequest.Completed done =
        shop.motorhub
            .carCare()
            .completeServiceRequest()
            .complete(new CompleteServiceRequest.Command(moIn, request.id()));
    Invoice.Open invoice = done.invoice();
    assertThat(invoice.bill().total().plain()).isEqualTo("100.00");
    assertThat(invoice.bill().number().value()).isEqualTo("INV-2025-000001");
    assertThat(invoice.bill().dueOn()).isEqualTo(shop.today().plusDays(30));
    assertThat(shop.toldTo(alice.actor().id()))
        .contains(
            NotificationKind.SERVICE_REQUEST_SCHEDULED,
            NotificationKind.SERVICE_REQUEST_STARTED,
            NotificationKind.SERVICE_REQUEST_COMPLETED,
            NotificationKind.INVOICE_ISSUED);

    // Alice pays in two parts; then the invoice is paid.
    CreditCard card = TestMarket.card(shop.motorhub, alice);
    PayInvoice.Receipt first =
        shop.motorhub
            .billing()
            .payInvoice()
            .pay(new PayInvoice.Command(alice, invoice.id(), card.id(), "40.00", "first"));
    assertThat(first.invoice().owed().plain()).isEqualTo("60.00");
    assertThat(first.invoice().status(shop.today())).isEqualTo(InvoiceStatus.OPEN);
    PayInvoice.Receipt rest =
        shop.motorhub
            .billing()
            .payInvoice()
            .pay(new PayInvoice.Command(alice, invoice.id(), card.id(), null, "rest"));
    assertThat(rest.invoice()).isInstanceOf(Invoice.Paid.class);

    // Alice rates Mo's work; his profile shows the average and the count.
    shop.motorhub
        .carCare()
        .giveFeedback()
        .give(new GiveFeedback.Command(alice, request.id(), new Rating(4), "Quick and clean."));
    var profile = shop.motorhub.carCare().viewMechanics().get(alice, mo.id());
    assertThat(profile.rating().count()).isEqualTo(1);
    assertThat(profile.rating().average()).isEqualByComparingTo("4.00");
  }
}
