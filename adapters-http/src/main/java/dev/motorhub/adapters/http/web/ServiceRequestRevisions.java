package dev.motorhub.adapters.http.web;

import dev.motorhub.application.carcare.ReviseServiceRequest;
import dev.motorhub.application.identity.Principal;
import dev.motorhub.domain.carcare.ServiceRequest;
import dev.motorhub.domain.shared.Violations;
import java.time.LocalDate;

/**
 * A request's revision as a body asks for it: the {@code service_description} and {@code
 * requested_date} present (null when absent) replace the request's, the absent ones stay as they
 * are. Read before the request is looked up, so that bad input is refused first.
 */
public record ServiceRequestRevisions(String description, LocalDate date) {

  public static ServiceRequestRevisions read(Body body) {
    Violations violations = new Violations();
    String description = violations.capture(() -> body.text("service_description"));
    LocalDate date =
        violations.capture(() -> FieldValues.date(body.text("requested_date"), "requested_date"));
    violations.throwIfAny();
    return new ServiceRequestRevisions(description, date);
  }

  /** The revision of {@code current} by {@code principal}. */
  public ReviseServiceRequest.Command of(Principal principal, ServiceRequest current) {
    return new ReviseServiceRequest.Command(
        principal,
        current.id(),
        description == null ? current.details().description() : description,
        date == null ? current.details().requestedDate() : date);
  }
}
