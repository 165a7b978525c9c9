package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.BuyerFacts;
import java.time.LocalDate;

/**
 * What the records of the platform say of a buyer, in one lookup: whether their account's phone is
 * verified (a verification of the number the account has now), whether they keep a payment card
 * unexpired on {@code today}, and whether they ever withdrew a proposal of theirs on a trade of
 * someone else.
 */
public interface BuyerRecords {
  BuyerFacts factsOf(UserId buyer, LocalDate today);
}
