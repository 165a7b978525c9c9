package dev.motorhub.application.matching;

import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.BlockId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** Blocks between users; a user blocks another at most once. */
public interface BlockRepository {
  /**
   * Stores a block; a second of the same blocker and blocked is a Conflict ({@code
   * StoreConflict.BLOCKED_ALREADY}).
   */
  void add(Block block);

  Optional<Block> findById(BlockId id);

  /** Whether either of {@code a} and {@code b} blocked the other. */
  boolean isBlocked(UserId a, UserId b);

  /** Everyone {@code user} blocked or was blocked by: who is hidden from them either way. */
  Set<UserId> blockedBy(UserId user);

  /** The blocks {@code blocker} put, newest first; the cursor is the last one's id. */
  Page<Block> listBy(UserId blocker, PageRequest page);

  void delete(BlockId id);
}
