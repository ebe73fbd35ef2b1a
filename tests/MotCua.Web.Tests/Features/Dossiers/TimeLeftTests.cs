using System.Globalization;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Dossiers;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Issue 18: each inbox row says its time left in working-time words, in Vietnamese and in English.</summary>
public sealed class TimeLeftTests
{
    /// <summary>Monday 3 March 2025, 09:00 in Vietnam: an ordinary working day, the days around it too.</summary>
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, WorkingCalendar.VietnamOffset);

    private static readonly WorkingCalendar Calendar = WorkingCalendar.CreateDefault();

    [Theory]
    [InlineData("2025-02-27T09:00", "late", "quá hạn 2 ngày", "2 working days late")]
    [InlineData("2025-03-03T08:30", "late", "quá hạn 1 giờ", "1 h late")]
    [InlineData("2025-03-03T16:30", "today", "hạn hôm nay 16:30", "due today 16:30")]
    [InlineData("2025-03-04T10:00", "soon", "hạn ngày mai 10:00", "due tomorrow 10:00")]
    [InlineData("2025-03-06T09:00", "soon", "còn 3 ngày, hạn 09:00 06/03", "3 working days left, due 09:00 06/03")]
    [InlineData("2025-03-10T09:00", "later", "còn 5 ngày, hạn 09:00 10/03", "5 working days left, due 09:00 10/03")]
    public void A_running_dossier_says_how_late_or_how_soon_it_is_due(string due, string urgency, string vietnamese, string english)
    {
        var dueAt = new DateTimeOffset(DateTime.Parse(due, CultureInfo.InvariantCulture), WorkingCalendar.VietnamOffset);

        InCulture("vi-VN", () => TimeLeft.Of(DossierStatus.InProgress, dueAt, null, Now, Calendar)).ShouldBe(new TimeLeft(urgency, vietnamese));
        InCulture("en", () => TimeLeft.Of(DossierStatus.Approved, dueAt, null, Now, Calendar)).ShouldBe(new TimeLeft(urgency, english));
    }

    [Fact]
    public void A_dossier_waiting_for_the_applicant_ended_or_not_yet_received_says_so_instead_of_a_countdown()
    {
        var due = Now.AddDays(-3);

        InCulture("vi-VN", () => TimeLeft.Of(DossierStatus.WaitingSupplement, due, null, Now, Calendar)).ShouldBe(new TimeLeft("stopped", "dừng tính thời gian"));
        InCulture("vi-VN", () => TimeLeft.Of(DossierStatus.Returned, due, due.AddDays(1), Now, Calendar)).ShouldBe(new TimeLeft("ended", "đã xong — quá hạn"));
        InCulture("vi-VN", () => TimeLeft.Of(DossierStatus.Submitted, null, null, Now, Calendar)).ShouldBe(new TimeLeft("none", "chưa tính hạn"));
    }

    private static TimeLeft InCulture(string name, Func<TimeLeft> words)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return words();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
