package dev.motorhub.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.motorhub.application.garage.ImageKeys;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.garage.ImageStore.StoredImage;
import dev.motorhub.domain.garage.ImageType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@code ImageStore} keeps: images under new, unguessable keys, given back as they were
 * stored; a key of any other shape reaches nothing.
 */
public abstract class ImageStoreContract {
  protected ImageStore images;

  /** An empty store of the implementation under test. */
  protected abstract ImageStore freshImages();

  @BeforeEach
  void openEmptyStore() {
    images = freshImages();
  }

  @Test
  void aKeptImage_comesBackWithItsTypeAndBytes() {
    String png = images.put(ImageType.PNG, GarageFixtures.PNG);
    String jpeg = images.put(ImageType.JPEG, GarageFixtures.JPEG);
    String webp = images.put(ImageType.WEBP, GarageFixtures.WEBP);

    assertStored(png, ImageType.PNG, GarageFixtures.PNG);
    assertStored(jpeg, ImageType.JPEG, GarageFixtures.JPEG);
    assertStored(webp, ImageType.WEBP, GarageFixtures.WEBP);
  }

  @Test
  void everyImage_getsANewKey_ofAnUnguessableToken_andItsExtension() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      keys.add(images.put(ImageType.PNG, GarageFixtures.PNG));
    }

    assertThat(keys).hasSize(20);
    assertThat(keys)
        .allSatisfy(
            key -> {
              assertThat(key).matches("[A-Za-z0-9_-]{43}\\.png");
              assertThat(ImageKeys.typeOf(key)).contains(ImageType.PNG);
            });
  }

  @Test
  void theStoredBytes_areACopy_ofWhatWasGiven() {
    byte[] bytes = GarageFixtures.PNG.clone();
    String key = images.put(ImageType.PNG, bytes);
    bytes[bytes.length - 1] = 0;
    images.get(key).orElseThrow().bytes()[0] = 0;

    assertStored(key, ImageType.PNG, GarageFixtures.PNG);
  }

  @Test
  void aDeletedImage_isGone_andTheOthersStay() {
    String gone = images.put(ImageType.PNG, GarageFixtures.PNG);
    String kept = images.put(ImageType.JPEG, GarageFixtures.JPEG);

    images.delete(gone);

    assertThat(images.get(gone)).isEmpty();
    assertStored(kept, ImageType.JPEG, GarageFixtures.JPEG);
  }

  @Test
  void deletingAKeyThatHoldsNothing_isNoError() {
    String key = images.put(ImageType.PNG, GarageFixtures.PNG);
    images.delete(key);

    assertThatCode(() -> images.delete(key)).doesNotThrowAnyException();
    assertThatCode(() -> images.delete("../../etc/passwd")).doesNotThrowAnyException();
    assertThatCode(() -> images.delete(null)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "../secret.png",
        "..%2Fsecret.png",
        "/etc/passwd",
        "a/b/cdefghijklmnopqrstuvwxyz.png",
        "abcdefghijklmnopqrstuvwxyz.png/..",
        "abcdefghijklmnopqrstuvwxyz.exe",
        "abcdefghijklmnopqrstuvwxyz"
      })
  void keysOfAnyOtherShape_reachNothing(String key) {
    images.put(ImageType.PNG, GarageFixtures.PNG);

    assertThat(images.get(key)).isEmpty();
    assertThatCode(() -> images.delete(key)).doesNotThrowAnyException();
  }

  @Test
  void anUnknownKeyOfTheRightShape_holdsNothing() {
    assertThat(images.get("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.png")).isEmpty();
    assertThat(images.get(null)).isEmpty();
  }

  private void assertStored(String key, ImageType type, byte[] bytes) {
    StoredImage stored = images.get(key).orElseThrow();
    assertThat(stored.type()).isEqualTo(type);
    assertThat(stored.bytes()).isEqualTo(bytes);
  }
}
