package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Conversations of mutual matches; one an accepted interest. */
public interface ConversationRepository {
  void add(Conversation conversation);

  void update(Conversation conversation);

  Optional<Conversation> findById(ConversationId id);

  /** The conversations between {@code a} and {@code b}, either being the buyer. */
  List<Conversation> between(UserId a, UserId b);

  /** {@code party}'s conversations, newest first; the cursor is the last one's id. */
  Page<Conversation> listFor(UserId party, PageRequest page);
}
