package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceRequest;
import java.util.List;
import java.util.Optional;

/**
 * One mechanic's day: their attendance (if recorded), their jobs that day, and the load those jobs
 * make against their capacity.
 */
public record MechanicDay(
    Mechanic mechanic, Optional<AttendanceStatus> attendance, List<ServiceRequest> jobs, int load) {
  public MechanicDay {
    jobs = List.copyOf(jobs);
  }
}
