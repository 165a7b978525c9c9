package dev.motorhub.application.garage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.motorhub.application.shared.SecureTokenGenerator;
import dev.motorhub.domain.garage.ImageType;
import org.junit.jupiter.api.Test;

class ImageKeysTest {

  @Test
  void aNewKey_isARandomTokenAndTheFormatsExtension() {
    String key = ImageKeys.next(new SecureTokenGenerator(), ImageType.WEBP);

    assertThat(key).matches("[A-Za-z0-9_-]{43}\\.webp");
    assertThat(ImageKeys.typeOf(key)).contains(ImageType.WEBP);
  }

  @Test
  void onlyKeysOfTheRightShape_nameAFormat() {
    assertThat(ImageKeys.typeOf("abcdefghijklmnop.jpg")).contains(ImageType.JPEG);
    assertThat(ImageKeys.typeOf("abcdefghijklmno.jpg")).as("too short a token").isEmpty();
    assertThat(ImageKeys.typeOf("abcdefghijklmnop.gif")).isEmpty();
    assertThat(ImageKeys.typeOf("abcdefghijklmnop.JPG")).isEmpty();
    assertThat(ImageKeys.typeOf("../abcdefghijklmnop.jpg")).isEmpty();
    assertThat(ImageKeys.typeOf("abc/defghijklmnop.jpg")).isEmpty();
    assertThat(ImageKeys.typeOf("abcdefghijklmnop.png.jpg")).isEmpty();
    assertThat(ImageKeys.typeOf(null)).isEmpty();
  }

  @Test
  void aTokenGeneratorThatMakesUnfitTokens_isCaught() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ImageKeys.next(() -> "../../x", ImageType.PNG));
  }
}
