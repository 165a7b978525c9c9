package dev.motorhub.adapters.http.v1;

import dev.motorhub.application.carcare.MechanicDay;
import dev.motorhub.application.carcare.MechanicProfile;
import dev.motorhub.domain.carcare.Attendance;
import dev.motorhub.domain.carcare.AttendanceStatus;
import dev.motorhub.domain.carcare.Mechanic;
import dev.motorhub.domain.carcare.ServiceKindCode;
import dev.motorhub.domain.carcare.WorkStatus;
import dev.motorhub.domain.carcare.WorkStatusChange;
import dev.motorhub.domain.shared.Page;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of mechanics: profiles with ratings, attendance, work status, their days. */
final class MechanicViews {
  private MechanicViews() {}

  record ProfileView(
      String id,
      String userId,
      String specialization,
      int experienceYears,
      List<String> specializations,
      List<String> workingDays,
      int dailyCapacity,
      String workStatus,
      Instant workStatusUpdatedAt,
      String averageRating,
      int ratingCount,
      Instant createdAt,
      Instant updatedAt) {}

  record AttendanceView(
      String id,
      String mechanicId,
      LocalDate attendanceDate,
      String status,
      String recordedBy,
      Instant recordedAt) {}

  record WorkStatusView(
      String id, String mechanicId, String workStatus, String updatedBy, Instant updatedAt) {}

  record DayView(
      String mechanicId,
      String attendance,
      int load,
      int dailyCapacity,
      List<CarCareViews.ServiceRequestView> jobs) {}

  record ScheduleView(LocalDate date, List<DayView> items, String nextCursor) {}

  static ProfileView profile(MechanicProfile profile) {
    Mechanic m = profile.mechanic();
    return new ProfileView(
        m.id().toString(),
        m.userId().toString(),
        m.specialization(),
        m.yearsOfExperience(),
        m.specializations().stream().map(ServiceKindCode::value).sorted().toList(),
        m.workingDays().stream().sorted().map(MechanicViews::weekday).toList(),
        m.dailyCapacity(),
        profile.status().map(s -> s.status().wire()).orElse(WorkStatus.AVAILABLE.wire()),
        profile.status().map(WorkStatusChange::at).orElse(null),
        profile.rating().average().toPlainString(),
        profile.rating().count(),
        m.createdAt(),
        m.updatedAt());
  }

  static AttendanceView attendance(Attendance a) {
    return new AttendanceView(
        a.id().toString(),
        a.mechanic().toString(),
        a.date(),
        a.status().wire(),
        a.recordedBy().toString(),
        a.recordedAt());
  }

  static WorkStatusView workStatus(WorkStatusChange change) {
    return new WorkStatusView(
        change.id().toString(),
        change.mechanic().toString(),
        change.status().wire(),
        change.by().toString(),
        change.at());
  }

  static ScheduleView schedule(LocalDate date, Page<MechanicDay> days) {
    return new ScheduleView(
        date,
        days.items().stream().map(MechanicViews::day).toList(),
        days.nextCursor().orElse(null));
  }

  private static DayView day(MechanicDay day) {
    return new DayView(
        day.mechanic().id().toString(),
        day.attendance().map(AttendanceStatus::wire).orElse(null),
        day.load(),
        day.mechanic().dailyCapacity(),
        day.jobs().stream().map(CarCareViews::request).toList());
  }

  static String weekday(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }
}
