package dev.motorhub.application.matching;

import dev.motorhub.domain.matching.Conversation;

/** A conversation as its reader lists it: with how many messages they have not read. */
public record ConversationSummary(Conversation conversation, int unread) {}
