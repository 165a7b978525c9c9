package dev.motorhub.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.contract.ImageStoreContract;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.domain.garage.ImageType;
import org.junit.jupiter.api.Test;

/** The {@code ImageStore} contract in memory, and what it lets one look at. */
class InMemoryImageStoreTest extends ImageStoreContract {
  @Override
  protected ImageStore freshImages() {
    return new InMemoryImageStore(new SecureTokenGenerator());
  }

  @Test
  void keys_listEveryImageKept() {
    InMemoryImageStore store = (InMemoryImageStore) images;
    String first = store.put(ImageType.PNG, GarageFixtures.PNG);
    String second = store.put(ImageType.WEBP, GarageFixtures.WEBP);
    store.delete(first);

    assertThat(store.keys()).containsExactly(second);
  }
}
