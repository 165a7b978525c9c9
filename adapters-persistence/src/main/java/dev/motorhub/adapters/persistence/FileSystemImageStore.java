package dev.motorhub.adapters.persistence;

import dev.motorhub.application.garage.ImageKeys;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.domain.garage.ImageType;
import dev.motorhub.domain.shared.Unavailable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vehicle images as files in one directory, created if missing, each named by its key. A file is
 * written under a temporary name and then moved into place, so a key never names half an image.
 * Only keys of the right shape become paths, so no key reaches outside the directory. A disk that
 * refuses to store or read is {@code Unavailable}; a file that cannot be removed is logged, never
 * its key, which opens the image to whoever holds it.
 */
public final class FileSystemImageStore implements ImageStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileSystemImageStore.class);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
  private final Path directory;
  private final TokenGenerator tokens;

  public FileSystemImageStore(Path directory, TokenGenerator tokens) {
    this.directory = directory.toAbsolutePath().normalize();
    this.tokens = tokens;
    try {
      Files.createDirectories(this.directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the image directory " + this.directory, e);
    }
  }

  /** Images in {@code directory}, under keys of 256 random bits. */
  public static FileSystemImageStore in(Path directory) {
    return new FileSystemImageStore(directory, new SecureTokenGenerator());
  }

  public Path directory() {
    return directory;
  }

  @Override
  public String put(ImageType type, byte[] bytes) {
    String key = ImageKeys.next(tokens, type);
    Path target = file(key).orElseThrow();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, ".upload-", ".tmp");
      Files.write(temporary, bytes);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      return key;
    } catch (IOException e) {
      removeQuietly(temporary);
      LOG.warn("Cannot store an image in {}: {}", directory, e.getClass().getSimpleName());
      throw new Unavailable("Images cannot be stored right now; nothing was changed.", RETRY_AFTER);
    }
  }

  @Override
  public Optional<StoredImage> get(String key) {
    Optional<ImageType> type = ImageKeys.typeOf(key);
    Optional<Path> path = file(key);
    if (type.isEmpty() || path.isEmpty() || !Files.isRegularFile(path.get())) {
      return Optional.empty();
    }
    try {
      return Optional.of(new StoredImage(type.get(), Files.readAllBytes(path.get())));
    } catch (NoSuchFileException removedMeanwhile) {
      return Optional.empty();
    } catch (IOException e) {
      LOG.warn("Cannot read an image in {}: {}", directory, e.getClass().getSimpleName());
      throw new Unavailable("Images cannot be read right now.", RETRY_AFTER);
    }
  }

  @Override
  public void delete(String key) {
    file(key).ifPresent(this::removeQuietly);
  }

  /** The file of a well-formed key, directly in the directory; nothing for any other string. */
  private Optional<Path> file(String key) {
    return ImageKeys.typeOf(key)
        .map(type -> directory.resolve(key).normalize())
        .filter(path -> directory.equals(path.getParent()));
  }

  private void removeQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warn("Cannot remove an image file in {}: {}", directory, e.getClass().getSimpleName());
    }
  }
}
