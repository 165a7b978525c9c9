package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.MechanicSkills;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.shared.InvalidInput;

/** Checks the specializations of skills against the catalogue. */
final class SkillsCheck {
  private SkillsCheck() {}

  /** Throws {@code InvalidInput} on {@code specializations} for a kind not in the catalogue. */
  static void requireKnownKinds(ServiceKindRepository kinds, MechanicSkills skills) {
    for (ServiceKindCode code : skills.specializations()) {
      if (kinds.findByCode(code).isEmpty()) {
        throw InvalidInput.of("specializations", "Unknown service kind: " + code + ".");
      }
    }
  }
}
