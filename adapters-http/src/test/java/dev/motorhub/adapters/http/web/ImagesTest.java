package dev.motorhub.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImagesTest {

  @Test
  void aPublishedImagesKey_neverReachesTheLogs() {
    assertThat(Images.loggable("/media/vehicles/b3VpFWjLuGgy53kAZCYJ8vcoauPVK8pWb95axJAjtgs.jpg"))
        .isEqualTo("/media/vehicles/{key}");
    assertThat(Images.loggable("/v1/vehicles/0190f6b2-7c1e-7a3b-9d4e-123456789abc/image"))
        .isEqualTo("/v1/vehicles/0190f6b2-7c1e-7a3b-9d4e-123456789abc/image");
  }

  @Test
  void anImagesAddress_isItsKeyUnderMedia() {
    assertThat(Images.url(Optional.of("abcdefghijklmnop.png")))
        .isEqualTo("/media/vehicles/abcdefghijklmnop.png");
    assertThat(Images.url(Optional.empty())).isNull();
  }
}
