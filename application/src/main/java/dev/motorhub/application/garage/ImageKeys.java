package dev.motorhub.application.garage;

import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.domain.garage.ImageType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys images are kept under: an unguessable token and the format's extension, such as {@code
 * Qm9…x3w.png}. Letters, digits, {@code -} and {@code _} before one dot: a key never names a path
 * outside its store, and a string of any other shape names no image at all.
 */
public final class ImageKeys {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,128}\\.([a-z]{3,4})");

  private ImageKeys() {}

  /** A new key for an image of {@code type}, from a fresh token. */
  public static String next(TokenGenerator tokens, ImageType type) {
    String key = tokens.next() + "." + type.extension();
    if (typeOf(key).isEmpty()) {
      throw new IllegalStateException("The token generator makes tokens unfit for image keys");
    }
    return key;
  }

  /** The format a well-formed key names, or empty for anything else. */
  public static Optional<ImageType> typeOf(String key) {
    if (key == null) {
      return Optional.empty();
    }
    Matcher matcher = SHAPE.matcher(key);
    return matcher.matches() ? ImageType.ofExtension(matcher.group(1)) : Optional.empty();
  }
}
