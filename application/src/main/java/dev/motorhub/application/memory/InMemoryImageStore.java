package dev.motorhub.application.memory;

import dev.motorhub.application.garage.ImageKeys;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.domain.garage.ImageType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vehicle images in memory, under keys from a {@link TokenGenerator}: for embedding applications,
 * tests, and the server without a database. Images are copied in and out, so nobody changes one
 * that is kept.
 */
public final class InMemoryImageStore implements ImageStore {
  private final Map<String, StoredImage> images = new ConcurrentHashMap<>();
  private final TokenGenerator tokens;

  public InMemoryImageStore(TokenGenerator tokens) {
    this.tokens = tokens;
  }

  @Override
  public String put(ImageType type, byte[] bytes) {
    String key = ImageKeys.next(tokens, type);
    images.put(key, new StoredImage(type, bytes.clone()));
    return key;
  }

  @Override
  public Optional<StoredImage> get(String key) {
    return Optional.ofNullable(key)
        .map(images::get)
        .map(image -> new StoredImage(image.type(), image.bytes().clone()));
  }

  @Override
  public void delete(String key) {
    if (key != null) {
      images.remove(key);
    }
  }

  /** The keys of every image kept, for a look inside. */
  public Set<String> keys() {
    return Set.copyOf(images.keySet());
  }
}
