package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.identity.UserRepository;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.BlockId;
import dev.motorhub.domain.matching.Conversation;
import dev.motorhub.domain.shared.IdGenerator;
import dev.motorhub.domain.shared.InvalidInput;
import dev.motorhub.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A user blocks another: every conversation between the two closes (its history stays readable) and
 * no interest passes between them either way while the block stands.
 */
public final class BlockUser {
  /** Who blocks, and whom (a user id as the client sent it). */
  public record Command(Principal principal, String user) {
    public Command {
      Objects.requireNonNull(principal, "principal");
      new Violations().require(user, "user_id").throwIfAny();
    }
  }

  private final Transactions tx;
  private final BlockRepository blocks;
  private final ConversationRepository conversations;
  private final UserRepository users;
  private final IdGenerator ids;
  private final Clock clock;

  public BlockUser(
      Transactions tx,
      BlockRepository blocks,
      ConversationRepository conversations,
      UserRepository users,
      IdGenerator ids,
      Clock clock) {
    this.tx = tx;
    this.blocks = blocks;
    this.conversations = conversations;
    this.users = users;
    this.ids = ids;
    this.clock = clock;
  }

  public Block block(Command command) {
    UserId blocked = UserId.parse(command.user(), "user_id");
    return tx.inTransaction(
        () -> {
          if (users.findById(blocked).isEmpty()) {
            throw InvalidInput.of("user_id", "No user has this id.");
          }
          Instant now = clock.instant();
          Block block =
              new Block(new BlockId(ids.next()), command.principal().actor().id(), blocked, now);
          blocks.add(block);
          for (Conversation c : conversations.between(block.blocker(), blocked)) {
            if (c.isOpen()) {
              conversations.update(c.close(now));
            }
          }
          return block;
        });
  }
}
