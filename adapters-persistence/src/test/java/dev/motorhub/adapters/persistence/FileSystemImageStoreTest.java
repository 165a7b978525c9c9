package dev.motorhub.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.motorhub.application.contract.GarageFixtures;
import dev.motorhub.application.contract.ImageStoreContract;
import dev.motorhub.application.garage.ImageStore;
import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.domain.garage.ImageType;
import dev.motorhub.domain.shared.Unavailable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ImageStore} contract on files, and how the files lie on disk. */
class FileSystemImageStoreTest extends ImageStoreContract {
  @TempDir Path root;

  @Override
  protected ImageStore freshImages() {
    return FileSystemImageStore.in(root.resolve("images"));
  }

  @Test
  void aMissingDirectory_isCreated_withItsParents() {
    Path nested = root.resolve("a/b/images");

    FileSystemImageStore store = FileSystemImageStore.in(nested);

    assertThat(nested).isDirectory();
    assertThat(store.directory()).isEqualTo(nested.toAbsolutePath());
  }

  @Test
  void eachImage_isOneFileNamedByItsKey_withNothingLeftOver() throws IOException {
    String png = images.put(ImageType.PNG, GarageFixtures.PNG);
    String webp = images.put(ImageType.WEBP, GarageFixtures.WEBP);

    assertThat(files()).containsExactlyInAnyOrder(png, webp);
    assertThat(root.resolve("images").resolve(png)).hasBinaryContent(GarageFixtures.PNG);
    images.delete(png);
    assertThat(files()).containsExactly(webp);
  }

  @Test
  void filesBesideTheDirectory_areOutOfReach() throws IOException {
    Files.write(root.resolve("AAAAAAAAAAAAAAAAAAAA.png"), GarageFixtures.PNG);

    assertThat(images.get("../AAAAAAAAAAAAAAAAAAAA.png")).isEmpty();
    images.delete("../AAAAAAAAAAAAAAAAAAAA.png");
    assertThat(root.resolve("AAAAAAAAAAAAAAAAAAAA.png")).exists();
  }

  @Test
  void aFileOfAnotherNameInTheDirectory_isNoImage() throws IOException {
    Files.write(root.resolve("images").resolve("notes.txt"), new byte[] {1});
    Files.write(root.resolve("images").resolve("short.png"), GarageFixtures.PNG);

    assertThat(images.get("notes.txt")).isEmpty();
    assertThat(images.get("short.png")).isEmpty();
  }

  @Test
  void aDirectoryThatIsGone_makesStoringUnavailable_andDeletingHarmless() throws IOException {
    Path directory = root.resolve("vanishing");
    FileSystemImageStore store = new FileSystemImageStore(directory, new SecureTokenGenerator());
    String key = store.put(ImageType.PNG, GarageFixtures.PNG);
    Files.delete(directory.resolve(key));
    Files.delete(directory);

    assertThatExceptionOfType(Unavailable.class)
        .isThrownBy(() -> store.put(ImageType.PNG, GarageFixtures.PNG));
    assertThat(store.get(key)).isEmpty();
    store.delete(key);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> listed = Files.list(root.resolve("images"))) {
      return listed.map(p -> p.getFileName().toString()).toList();
    }
  }
}
