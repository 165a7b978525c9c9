package dev.motorhub.domain.carcare;

import static dev.motorhub.domain.carcare.TestMechanics.OIL;
import static dev.motorhub.domain.carcare.TestMechanics.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.domain.billing.InvoiceId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A service request through its states. */
class ServiceRequestTest {
  private static final UserId ALICE = new UserId(new UUID(9, 9));
  private static final MechanicId MO = new MechanicId(new UUID(0, 1));
  private static final MechanicId ANN = new MechanicId(new UUID(0, 2));

  private static ServiceRequest.Pending opened() {
    return ServiceRequest.open(
        new RequestDetails(
            new ServiceRequestId(new UUID(7, 7)),
            ALICE,
            OIL,
            "Oil change",
            LocalDate.of(2025, 3, 10),
            Optional.empty(),
            T0),
        Assignment.Reason.ALL_FULL.message());
  }

  @Test
  void aRequestGoesFromPendingToCompleted_keepingItsMechanic() {
    ServiceRequest.Scheduled scheduled = opened().schedule(MO, T0).reassign(ANN, T0);
    ServiceRequest.InProgress started = scheduled.start(T0.plusSeconds(60));
    InvoiceId invoice = new InvoiceId(new UUID(5, 5));
    ServiceRequest.Completed done = started.complete(invoice, T0.plusSeconds(120));

    assertThat(done.status()).isEqualTo("completed");
    assertThat(done.mechanic()).contains(ANN);
    assertThat(done.invoice()).isEqualTo(invoice);
    assertThat(done.nextVersion().version()).isEqualTo(1);
  }

  @Test
  void unscheduling_returnsItToPending_withTheReason() {
    ServiceRequest.Pending back = opened().schedule(MO, T0).unschedule("Nobody else works then.");

    assertThat(back.status()).isEqualTo("pending");
    assertThat(back.waitingReason()).isEqualTo("Nobody else works then.");
    assertThat(back.mechanic()).isEmpty();
  }

  @Test
  void cancelling_keepsWhoHadItAndWhoCancelled() {
    ServiceRequest.Cancelled cancelled = opened().schedule(MO, T0).cancel(ALICE, T0);

    assertThat(cancelled.assigned()).contains(MO);
    assertThat(cancelled.cancelledBy()).isEqualTo(ALICE);
    assertThat(cancelled.status()).isEqualTo("cancelled");
  }

  @Test
  void feedback_isForTheMechanicWhoDidTheWork_ratedOneToFive() {
    var done = opened().schedule(MO, T0).start(T0).complete(new InvoiceId(new UUID(5, 5)), T0);

    Feedback feedback = done.feedback(new FeedbackId(new UUID(4, 4)), new Rating(5), "Great", T0);

    assertThat(feedback.mechanic()).isEqualTo(MO);
    assertThat(feedback.customer()).isEqualTo(ALICE);
    assertThatExceptionOfType(InvalidInput.class)
        .isThrownBy(() -> new Rating(6))
        .satisfies(e -> assertThat(e.errors()).containsKey("rating"));
  }
}
