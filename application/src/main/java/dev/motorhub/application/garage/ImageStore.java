package dev.motorhub.application.garage;

import dev.motorhub.domain.garage.ImageType;
import java.util.Optional;

/**
 * Where vehicle images are kept, by key. It is not transactional: a use case stores a new image
 * before its unit of work and removes an old one after it.
 */
public interface ImageStore {
  /** Keeps the image and returns its key: new and unguessable for every image. */
  String put(ImageType type, byte[] bytes);

  Optional<StoredImage> get(String key);

  /** Removes the image; a key that holds nothing is not an error. */
  void delete(String key);

  /** An image as it was stored. */
  record StoredImage(ImageType type, byte[] bytes) {}
}
