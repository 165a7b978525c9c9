package dev.motorhub.domain.carcare;

import dev.motorhub.domain.shared.Text;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A kind of work the workshop does, such as an oil change: requests ask for one, mechanics
 * specialize in some. The platform starts with {@link #DEFAULTS}; staff add more.
 */
public record ServiceKind(ServiceKindId id, ServiceKindCode code, String name) {
  /** The catalogue every workshop starts with, under fixed ids (the database seeds the same). */
  public static final List<ServiceKind> DEFAULTS =
      List.of(
          standard(1, "engine_repair", "Engine repair"),
          standard(2, "oil_change", "Oil change"),
          standard(3, "tyre_replacement", "Tyre replacement"),
          standard(4, "brake_service", "Brake service"),
          standard(5, "diagnostics", "Diagnostics"),
          standard(6, "bodywork", "Bodywork"),
          standard(7, "electrical", "Electrical"));

  public ServiceKind {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    name = Text.required(name, "name", 100);
  }

  private static ServiceKind standard(int n, String code, String name) {
    UUID id = UUID.fromString(String.format("00000000-0000-7000-8000-%012d", n));
    return new ServiceKind(new ServiceKindId(id), new ServiceKindCode(code), name);
  }
}
