package dev.motorhub.application.memory;

import dev.motorhub.application.StoreConflict;
import dev.motorhub.application.matching.BlockRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.BlockId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Blocks in memory; as the database's unique key does, one a blocker and blocked user. */
final class InMemoryBlockRepository implements BlockRepository {
  private final Table<UUID, Block> blocks;

  InMemoryBlockRepository(Table<UUID, Block> blocks) {
    this.blocks = blocks;
  }

  @Override
  public void add(Block block) {
    if (!blocks
        .where(b -> b.blocker().equals(block.blocker()) && b.blocked().equals(block.blocked()))
        .isEmpty()) {
      throw StoreConflict.BLOCKED_ALREADY.conflict();
    }
    blocks.put(block.id().value(), block);
  }

  @Override
  public Optional<Block> findById(BlockId id) {
    return blocks.get(id.value());
  }

  @Override
  public boolean isBlocked(UserId a, UserId b) {
    return !blocks
        .where(
            x ->
                x.blocker().equals(a) && x.blocked().equals(b)
                    || x.blocker().equals(b) && x.blocked().equals(a))
        .isEmpty();
  }

  @Override
  public Set<UserId> blockedBy(UserId user) {
    return blocks.where(x -> x.blocker().equals(user) || x.blocked().equals(user)).stream()
        .map(x -> x.blocker().equals(user) ? x.blocked() : x.blocker())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Page<Block> listBy(UserId blocker, PageRequest page) {
    return Page.fromFetched(
        blocks.whereBefore(page.after(), x -> x.blocker().equals(blocker), page.limit() + 1),
        page.limit(),
        x -> x.id().value());
  }

  @Override
  public void delete(BlockId id) {
    blocks.remove(id.value());
  }

  void deleteOf(UserId user) {
    blocks
        .where(x -> x.blocker().equals(user) || x.blocked().equals(user))
        .forEach(x -> blocks.remove(x.id().value()));
  }
}
