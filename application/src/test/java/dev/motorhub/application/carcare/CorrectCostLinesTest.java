package dev.motorhub.application.carcare;

import static dev.motorhub.application.support.Refusals.refused;
import static dev.motorhub.application.support.TestWorkshop.OIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.support.TestWorkshop;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.shared.Forbidden;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.PageRequest;
import dev.motorhub.domain.shared.RuleViolated;
import org.junit.jupiter.api.Test;

/** A job's cost lines are corrected or struck by its mechanic or staff, while work is on. */
class CorrectCostLinesTest {
  private final TestWorkshop shop = new TestWorkshop();
  private final Mechanic mo = shop.mechanic("mo", 5, 4, OIL);
  private final Principal alice = shop.customer("alice");
  private final Principal moIn = shop.signedIn(mo);

  private ServiceRequest started() {
    shop.present(mo);
    ServiceRequest job = shop.open(alice, OIL, shop.today());
    shop.start(moIn, job);
    shop.cost(moIn, job, "Oil", 1, "30");
    return job;
  }

  private CostLine line(ServiceRequest job) {
    return shop.motorhub
        .carCare()
        .viewServiceRequests()
        .costLines(shop.staff, job.id(), PageRequest.first(10))
        .items()
        .getFirst();
  }

  private CostLine change(Principal by, CostLine line, String price) {
    return shop.motorhub
        .carCare()
        .changeCostLine()
        .change(new ChangeCostLine.Command(by, line.id(), "Synthetic oil", 2, price));
  }

  private CostLine remove(Principal by, CostLine line) {
    return shop.motorhub
        .carCare()
        .removeCostLine()
        .remove(new RemoveCostLine.Command(by, line.id()));
  }

  @Test
  void itsMechanicCorrectsALine_keepingWhoAddedItAndWhen_andTheInvoiceFollows() {
    ServiceRequest job = started();
    CostLine line = line(job);

    CostLine changed = change(moIn, line, "25.00");

    assertThat(changed.line().amount().amount()).isEqualByComparingTo("50.00");
    assertThat(changed.addedBy()).isEqualTo(line.addedBy());
    var done =
        shop.motorhub
            .carCare()
            .completeServiceRequest()
            .complete(new CompleteServiceRequest.Command(moIn, job.id()));
    assertThat(done.invoice().bill().total().amount()).isEqualByComparingTo("50.00");
    refused(RuleViolated.class, () -> change(shop.staff, line, "1.00"));
    refused(RuleViolated.class, () -> remove(shop.staff, line));
  }

  @Test
  void staffStrikeALine_theCustomerAndOtherMechanicsMayNot() {
    ServiceRequest job = started();
    CostLine line = line(job);
    Principal ann = shop.signedIn(shop.mechanic("ann", 3, 4, OIL));

    refused(Forbidden.class, () -> remove(alice, line));
    refused(NotFound.class, () -> remove(ann, line));
    refused(Forbidden.class, () -> change(alice, line, "1.00"));
    assertThat(refused(InvalidInput.class, () -> change(moIn, line, "-1")).errors())
        .containsKey("unit_price");

    assertThat(remove(shop.staff, line)).isEqualTo(line);
    refused(NotFound.class, () -> remove(shop.staff, line));
  }
}
