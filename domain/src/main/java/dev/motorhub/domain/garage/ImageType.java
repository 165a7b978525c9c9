package dev.motorhub.domain.garage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The picture formats a vehicle image may have, known by their first bytes, never by the file name
 * or the type a client claims.
 */
public enum ImageType {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  WEBP("image/webp", "webp");

  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
  private static final byte[] WEBP_MAGIC = {'W', 'E', 'B', 'P'};

  private final String mediaType;
  private final String extension;

  ImageType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format the bytes really are in, if it is one of ours. */
  public static Optional<ImageType> detect(byte[] bytes) {
    if (startsWith(bytes, 0, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MAGIC)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /** The format whose file extension {@code extension} is. */
  public static Optional<ImageType> ofExtension(String extension) {
    return Arrays.stream(values()).filter(t -> t.extension.equals(extension)).findFirst();
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
    return bytes.length >= offset + magic.length
        && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
  }
}
