package dev.motorhub.domain.carcare;

/** What {@link MechanicAssignmentPolicy} answers: the mechanic to take a job, or why nobody can. */
public sealed interface Assignment {
  /** {@code mechanic} takes the job. */
  record Assigned(MechanicId mechanic) implements Assignment {}

  /** Nobody fits, for {@code reason}. */
  record Unassigned(Reason reason) implements Assignment {}

  /** Why nobody fits a job, from the first check that leaves no one. */
  enum Reason {
    NO_SPECIALIST("No mechanic has this specialization."),
    NOBODY_WORKING("No mechanic with this specialization works that day."),
    ALL_FULL("Every mechanic who could do it that day is fully booked.");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }
}
