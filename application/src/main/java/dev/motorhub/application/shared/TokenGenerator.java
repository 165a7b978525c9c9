package dev.motorhub.application.shared;

/** Makes unguessable opaque tokens, such as refresh tokens. */
@FunctionalInterface
public interface TokenGenerator {
  String next();
}
