package dev.motorhub.adapters.http.v1;

import dev.motorhub.adapters.http.web.Authenticator;
import dev.motorhub.adapters.http.web.Body;
import dev.motorhub.adapters.http.web.PathIds;
import dev.motorhub.adapters.http.web.Queries;
import dev.motorhub.adapters.http.web.Routes;
import dev.motorhub.application.Interests;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.application.matching.SendMessage;
import dev.motorhub.domain.matching.ConversationId;
import dev.motorhub.domain.matching.Message;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /v1/conversations}: the caller's conversations with their unread counts, and a
 * conversation's messages, read (which marks them read) and written by its two parties alone.
 */
public final class ConversationRoutes implements Routes {
  private final Interests interests;
  private final Authenticator auth;

  public ConversationRoutes(Interests interests, Authenticator auth) {
    this.interests = interests;
    this.auth = auth;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/v1/conversations", this::list);
    routes.get("/v1/conversations/{id}/messages", this::messages);
    routes.post("/v1/conversations/{id}/messages", this::send);
  }

  private void list(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        Views.page(
            interests.viewConversations().list(principal, Queries.page(ctx)),
            InterestViews::summary));
  }

  private void messages(Context ctx) {
    Principal principal = auth.require(ctx);
    ctx.json(
        Views.page(
            interests.readMessages().read(principal, id(ctx), Queries.page(ctx)),
            InterestViews::message));
  }

  private void send(Context ctx) {
    Principal principal = auth.require(ctx);
    ConversationId id = id(ctx);
    String text = Body.of(ctx).text("text");
    Message sent = interests.sendMessage().send(new SendMessage.Command(principal, id, text));
    ctx.status(201).json(InterestViews.message(sent));
  }

  private static ConversationId id(Context ctx) {
    return new ConversationId(PathIds.uuid(ctx.pathParam("id"), "Conversation"));
  }
}
