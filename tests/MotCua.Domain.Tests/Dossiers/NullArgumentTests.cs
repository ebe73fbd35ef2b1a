using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>
/// The dossier rules refuse a missing argument at the door, naming it (ArgumentNullException, CA1062), rather than
/// failing inside with a NullReferenceException or naming an argument of the method they call.
/// </summary>
public sealed class NullArgumentTests
{
    private static readonly DateTimeOffset Monday = Instant("2025-03-03T09:00+07:00");

    private static DossierClock Running => DossierClock.Start(WorkingCalendar.CreateDefault(), Monday, TimeSpan.FromHours(8));

    public static TheoryData<string, Action> Calls => new()
    {
        { "calendar", () => ApologyRule.LatestApologyAt(null!, Monday) },
        { "calendar", () => DossierClock.Start(null!, Monday, TimeSpan.FromHours(8)) },
        { "calendar", () => DossierClock.StartSameDay(null!, Monday, new TimeOnly(15, 0)) },
        { "calendar", () => Running.Stop(null!, Monday.AddHours(1)) },
        { "calendar", () => Running.Stop(WorkingCalendar.CreateDefault(), Monday.AddHours(1)).Resume(null!, Monday.AddHours(2)) },
        { "number", () => IdentityNumber.Mask(null!) },
        { "fullName", () => PersonName.Mask(null!) },
        { "number", () => PhoneNumber.Mask(null!) },
        { "applicant", () => Rating.IsApplicant(null!, "0912345678") },
        { "calendar", () => StepPlan.DueTimes(null!, Monday, [1m]) },
        { "stepHours", () => StepPlan.DueTimes(WorkingCalendar.CreateDefault(), Monday, null!) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_missing_argument_is_refused_by_name(string name, Action call) =>
        Should.Throw<ArgumentNullException>(call).ParamName.ShouldBe(name);
}
