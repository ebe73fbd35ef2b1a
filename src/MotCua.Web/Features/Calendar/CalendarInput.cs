using MotCua.Domain.Calendar;
using System.Globalization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Calendar;

/// <summary>Parsing of calendar inputs with the messages API.md promises for bad dates and counts.</summary>
public static partial class CalendarInput
{
    public const decimal MaxWorkingDays = 500;
    public const decimal MaxWorkingHours = MaxWorkingDays * 8;

    /// <summary>Business time (Asia/Ho_Chi_Minh has had no daylight saving since 1975).</summary>
    public static Outcome<DateOnly> Date(string? value, string field)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Error.Validation(field, new($"\"{value}\" không phải là ngày có thật theo dạng yyyy-MM-dd.", $"\"{value}\" is not a real date in the form yyyy-MM-dd."));
        }

        return InRange(date.Year, field) ?? (Outcome<DateOnly>)date;
    }

    /// <summary>An ISO 8601 date-time; without an offset it is read as Vietnam time (+07:00).</summary>
    public static Outcome<DateTimeOffset> Instant(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Error.Validation(field, new("Chưa nhập thời điểm tiếp nhận (ISO 8601, ví dụ 2025-01-24T10:00:00+07:00).", "The start time is required (ISO 8601, e.g. 2025-01-24T10:00:00+07:00)."));
        }

        // An unencoded "+07:00" in a query string arrives as " 07:00": read it as the offset it was.
        var text = OffsetSpace().Replace(value.Trim(), "+${offset}");
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return Error.Validation(field, new($"\"{value}\" không phải là thời điểm hợp lệ (ISO 8601).", $"\"{value}\" is not a valid ISO 8601 date-time."));
        }

        // The year is checked before any offset is applied: 0001-01-01 at +07:00 is no instant at all.
        DateTimeOffset? instant = parsed.Kind == DateTimeKind.Unspecified
            ? (DateRange.Covers(parsed.Year) ? new DateTimeOffset(parsed, WorkingCalendar.VietnamOffset) : null)
            : (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stated) && DateRange.Covers(stated.UtcDateTime.Year) ? stated : null);
        if (instant is null)
        {
            return OutOfRange(field);
        }

        var inVietnam = instant.Value.ToOffset(WorkingCalendar.VietnamOffset);
        return InRange(inVietnam.Year, field) ?? (Outcome<DateTimeOffset>)inVietnam;
    }

    public static Outcome<(decimal Amount, bool Hours)> Duration(decimal? workingDays, decimal? workingHours)
    {
        if ((workingDays is null) == (workingHours is null))
        {
            return Error.Validation("workingDays", new("Nhập đúng một trong hai tham số workingDays hoặc workingHours.", "Give exactly one of workingDays or workingHours."));
        }

        if (workingDays is { } days && days is <= 0 or > MaxWorkingDays)
        {
            return Error.Validation("workingDays", new($"Số ngày làm việc phải lớn hơn 0 và không quá {MaxWorkingDays}.", $"workingDays must be more than 0 and at most {MaxWorkingDays}."));
        }

        if (workingHours is { } hours && hours is <= 0 or > MaxWorkingHours)
        {
            return Error.Validation("workingHours", new($"Số giờ làm việc phải lớn hơn 0 và không quá {MaxWorkingHours}.", $"workingHours must be more than 0 and at most {MaxWorkingHours}."));
        }

        return workingDays is { } d ? (d, false) : (workingHours!.Value, true);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?) (?<offset>\d{2}:?\d{2})$")]
    private static partial System.Text.RegularExpressions.Regex OffsetSpace();

    private static Error? InRange(int year, string field) => DateRange.Covers(year) ? null : OutOfRange(field);

    private static Error OutOfRange(string field) => Error.Validation(field, new(
        $"Lịch chỉ hỗ trợ các năm từ {DateRange.FirstYear} đến {DateRange.LastYear}.", $"The calendar covers the years {DateRange.FirstYear} to {DateRange.LastYear} only."));
}
