package dev.motorhub.domain.matching;

/**
 * What the platform knows of a buyer that a seller may ask about: whether the account's phone is
 * verified, whether they keep a payment card that has not expired, and whether they ever withdrew a
 * proposal of theirs on someone else's trade (a cancelled deal: see the README's "Matching").
 */
public record BuyerFacts(boolean phoneVerified, boolean cardOnFile, boolean cancelledDeals) {}
