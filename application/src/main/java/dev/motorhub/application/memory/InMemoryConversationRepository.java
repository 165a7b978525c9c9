package dev.motorhub.application.memory;

import dev.motorhub.application.matching.ConversationRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations in memory. */
final class InMemoryConversationRepository implements ConversationRepository {
  private final Table<UUID, Conversation> conversations;

  InMemoryConversationRepository(Table<UUID, Conversation> conversations) {
    this.conversations = conversations;
  }

  @Override
  public void add(Conversation conversation) {
    conversations.put(conversation.id().value(), conversation);
  }

  @Override
  public void update(Conversation conversation) {
    conversations.put(conversation.id().value(), conversation);
  }

  @Override
  public Optional<Conversation> findById(ConversationId id) {
    return conversations.get(id.value());
  }

  @Override
  public List<Conversation> between(UserId a, UserId b) {
    return conversations.where(c -> c.isParty(a) && c.isParty(b));
  }

  @Override
  public Page<Conversation> listFor(UserId party, PageRequest page) {
    return Page.fromFetched(
        conversations.whereBefore(page.after(), c -> c.isParty(party), page.limit() + 1),
        page.limit(),
        c -> c.id().value());
  }

  /** The ids of {@code user}'s conversations, removed. */
  List<ConversationId> deleteOf(UserId user) {
    List<Conversation> gone = conversations.where(c -> c.isParty(user));
    gone.forEach(c -> conversations.remove(c.id().value()));
    return gone.stream().map(Conversation::id).toList();
  }
}
