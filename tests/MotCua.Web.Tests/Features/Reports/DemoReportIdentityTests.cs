using System.Globalization;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>
/// Issue 7's acceptance: over the generated demo data (the 12 months before the demo starts), every row of form II.06
/// of the province keeps received = carried over + new and received = resolved + in progress, for every period kind;
/// the sub-units add up to the province; and a period carries over what the one before left in progress.
/// </summary>
public abstract class DemoReportIdentityTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Province = "TINH";

    public static TheoryData<string, string[]> Kinds => new()
    {
        { "month", Months() },
        { "quarter", ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"] },
        { "half-year", ["2024-H1", "2024-H2", "2025-H1"] },
        { "nine months", ["2024-9M"] },
        { "year", ["2024-Y", "2025-Y"] },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_row_of_every_period_keeps_the_identities(string kind, string[] periods)
    {
        long? leftInProgress = null;
        long counted = 0;
        foreach (var period in periods)
        {
            var report = await App.ReportAsync("lanhdao.tinh", "II.06", $"unitCode={Province}&period={period}");
            var byUnit = await App.ReportAsync("lanhdao.tinh", "II.06", $"unitCode={Province}&period={period}&by=unit");

            report.ShouldKeepTheIdentities($"{kind} {period}");
            byUnit.ShouldKeepTheIdentities($"{kind} {period} by unit");
            byUnit.ItemsShouldAddUpToTheTotal($"{kind} {period} by unit");
            report.ItemsShouldAddUpToTheTotal($"{kind} {period}");
            Enumerable.Range(3, 11).ShouldAllBe(c => byUnit.Total().Cell(c) == report.Total().Cell(c));
            if (leftInProgress is { } previous && periods.Length > 1)
            {
                report.Total().Cell(6).ShouldBe(previous, $"{kind} {period}: carried over = the previous period's in progress");
            }

            leftInProgress = report.Total().Cell(11);
            counted += report.Total().Cell(3);
        }

        counted.ShouldBeGreaterThan(0, kind);
    }

    /// <summary>2024-M03 … 2025-M03: the demo's year, up to the month the demo starts in (3 March 2025).</summary>
    private static string[] Months() =>
        [.. Enumerable.Range(0, 13).Select(i => new DateOnly(2024, 3, 1).AddMonths(i).ToString("yyyy-'M'MM", CultureInfo.InvariantCulture))];
}

[Collection(SqliteGroup.Name)]
public sealed class DemoReportIdentityTestsOnSqlite(SqliteApp app) : DemoReportIdentityTests(app);

[Collection(PostgresGroup.Name)]
public sealed class DemoReportIdentityTestsOnPostgres(PostgresApp app) : DemoReportIdentityTests(app);
