package dev.motorhub.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class CoreSettingsTest {

  @Test
  void theImageLimit_isWrittenAsPeopleReadIt() {
    assertThat(CoreSettings.defaults().maxImageSize()).isEqualTo("5 MiB");
    assertThat(withMaxImageBytes(512 * 1024).maxImageSize()).isEqualTo("512 KiB");
    assertThat(withMaxImageBytes(1000).maxImageSize()).isEqualTo("1000 bytes");
  }

  private static CoreSettings withMaxImageBytes(int bytes) {
    CoreSettings d = CoreSettings.defaults();
    return new CoreSettings(
        d.currency(),
        d.accessTokenTtl(),
        d.sessionTtl(),
        bytes,
        d.proposalTtl(),
        Period.ofDays(30));
  }
}
