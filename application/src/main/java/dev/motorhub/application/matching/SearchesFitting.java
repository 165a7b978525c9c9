package dev.motorhub.application.matching;

import dev.motorhub.domain.garage.VehicleId;
import dev.motorhub.domain.marketplace.TradeId;
import dev.motorhub.domain.matching.MatchSubject;
import dev.motorhub.domain.matching.Preference;
import java.util.List;
import java.util.Optional;

/**
 * Matching the other way round: from one open trade to the saved searches worth scoring against it.
 * A store may leave out the searches whose required criteria the trade misses (the database does,
 * for what its indexes answer) but must keep every active search of others that it passes; it never
 * returns a paused search, nor one of the trade's owner.
 */
public interface SearchesFitting {
  /** What scoring sees of {@code trade}, while it is open. */
  Optional<MatchSubject> subjectOf(TradeId trade);

  /** What scoring sees of the open trade of {@code vehicle}, if it has one. */
  Optional<MatchSubject> subjectOfVehicle(VehicleId vehicle);

  /** The active searches of others worth scoring against {@code subject}, in id order. */
  List<Preference> forTrade(MatchSubject subject);
}
