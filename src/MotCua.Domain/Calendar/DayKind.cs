namespace MotCua.Domain.Calendar;

/// <summary>Why a day is, or is not, a working day for civil servants.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday–Friday.</summary>
    WorkingDay,

    /// <summary>Saturday or Sunday (nghỉ hằng tuần).</summary>
    Weekend,

    /// <summary>A public holiday or Tết day (ngày nghỉ lễ, tết).</summary>
    Holiday,

    /// <summary>A weekday off because a holiday fell on a weekend (nghỉ bù).</summary>
    CompensatoryDayOff,

    /// <summary>A weekday off in exchange for a Saturday worked (hoán đổi ngày làm việc).</summary>
    SwappedDayOff,

    /// <summary>A Saturday worked to pay for a swapped weekday (làm bù).</summary>
    WorkingSaturday,
}
