package dev.motorhub.application.carcare;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.RatingSummary;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;

/** Reads mechanics' profiles with their average rating and status: open to everyone signed in. */
public final class ViewMechanics {
  private final Transactions tx;
  private final MechanicRepository mechanics;
  private final FeedbackRepository feedback;
  private final WorkStatusRepository statuses;

  public ViewMechanics(
      Transactions tx,
      MechanicRepository mechanics,
      FeedbackRepository feedback,
      WorkStatusRepository statuses) {
    this.tx = tx;
    this.mechanics = mechanics;
    this.feedback = feedback;
    this.statuses = statuses;
  }

  public Page<MechanicProfile> list(Principal principal, PageRequest page) {
    return tx.read(
        () -> {
          Page<Mechanic> found = mechanics.list(page);
          Map<MechanicId, RatingSummary> ratings =
              feedback.ratingsOf(found.items().stream().map(Mechanic::id).toList());
          return found.map(m -> profile(m, ratings.get(m.id())));
        });
  }

  public MechanicProfile get(Principal principal, MechanicId id) {
    return tx.read(
        () -> {
          Mechanic mechanic = mechanics.findById(id).orElseThrow(() -> new NotFound("Mechanic"));
          return profile(mechanic, feedback.ratingsOf(List.of(id)).get(id));
        });
  }

  private MechanicProfile profile(Mechanic mechanic, RatingSummary rating) {
    return new MechanicProfile(mechanic, rating, statuses.current(mechanic.id()));
  }
}
