package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.Actor;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Interest;
import dev.motorhub.domain.matching.InterestId;
import dev.motorhub.domain.shared.NotFound;

/**
 * Finds the interests and conversations an actor may see, inside the caller's transaction: an
 * interest its two parties and staff, a conversation its two parties alone; anything else is not
 * found.
 */
public final class InterestAccess {
  private final InterestRepository interests;
  private final ConversationRepository conversations;

  public InterestAccess(InterestRepository interests, ConversationRepository conversations) {
    this.interests = interests;
    this.conversations = conversations;
  }

  Interest interest(Actor actor, InterestId id) {
    return interests
        .findById(id)
        .filter(i -> i.isParty(actor.id()) || actor.isAdministrative())
        .orElseThrow(() -> new NotFound("Interest"));
  }

  Conversation conversation(Actor actor, ConversationId id) {
    return conversations
        .findById(id)
        .filter(c -> c.isParty(actor.id()))
        .orElseThrow(() -> new NotFound("Conversation"));
  }
}
