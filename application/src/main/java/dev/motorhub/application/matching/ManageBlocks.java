package dev.motorhub.application.matching;

import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.shared.Transactions;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.BlockId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;

/**
 * The blocks a user put: listed newest first, and lifted by their blocker alone (anyone else's is
 * not found). Lifting one lets interests through again; closed conversations stay closed.
 */
public final class ManageBlocks {
  private final Transactions tx;
  private final BlockRepository blocks;

  public ManageBlocks(Transactions tx, BlockRepository blocks) {
    this.tx = tx;
    this.blocks = blocks;
  }

  public Page<Block> list(Principal principal, PageRequest page) {
    return tx.inTransaction(() -> blocks.listBy(principal.actor().id(), page));
  }

  public void unblock(Principal principal, BlockId id) {
    tx.run(
        () -> {
          Block block =
              blocks
                  .findById(id)
                  .filter(b -> b.blocker().equals(principal.actor().id()))
                  .orElseThrow(() -> new NotFound("Block"));
          blocks.delete(block.id());
        });
  }
}
