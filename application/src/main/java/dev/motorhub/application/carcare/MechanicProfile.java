package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.RatingSummary;
import dev.motorhub.domain.carcare.WorkStatusChange;
import java.util.Optional;

/** A mechanic as clients see them: the profile, their ratings, their latest work status. */
public record MechanicProfile(
    Mechanic mechanic, RatingSummary rating, Optional<WorkStatusChange> status) {}
