package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Interests;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.BlockUser;
import dev.motorhub.domain.matching.Block;
import dev.motorhub.domain.matching.BlockId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /v1/blocks}: the users the caller blocked; blocking, listing and lifting a block. */
public final class BlockRoutes implements Routes {
  private final Interests interests;
  private final Authenticator auth;

  public BlockRoutes(Interests interests, Authenticator auth) {
    this.interests = interests;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/blocks", this::list);
    routes.post("/v1/blocks", this::block);
    routes.delete("/v1/blocks/{id}", this::unblock);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        Views.page(
            interests.manageBlocks().list(principal, Queries.page(ctx)), InterestViews::block));
  }

  private void block(Context ctx) {
    Principal principal = auth.require(ctx);
    String user = Body.of(ctx).text("user_id");
    Block block = interests.blockUser().block(new BlockUser.Command(principal, user));
    ctx.status(201).header("Location", "/v1/blocks/" + block.id()).json(InterestViews.block(block));
  }

  private void unblock(Context ctx) {
    Principal principal = auth.require(ctx);
    BlockId id = new BlockId(PathIds.uuid(ctx.pathParam("id"), "Block"));
    interests.manageBlocks().unblock(principal, id);
    ctx.status(204);
  }
}
