using MotCua.Domain.Indicators.Targets;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Indicators.Targets;

/// <summary>A row of seed 000 Phụ lục II: the year's target and the roadmap's minimum per quarter, copied to the next year.</summary>
public sealed class KpiTargetTests
{
    // Task 03 (digitization) for the communes as the plan writes it: 80 % in the year, 30 / 50 / 70 / 80 % by each quarter
    // (the note is the test's own, the plan has none there).
    private static KpiTarget Digitization() => new()
    {
        UnitId = Guid.NewGuid(), Year = 2024, Task = "03", Indicator = TargetIndicator.Digitization, AppliesTo = [UnitKind.Commune],
        Lead = "UBND các xã, phường", Coordinating = "Văn phòng HĐND-UBND thị xã", Annual = 80, Q1 = 30, Q2 = 50, Q3 = 70, Q4 = 80, Note = "Lũy kế",
    };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 50)]
    [InlineData(3, 70)]
    [InlineData(4, 80)]
    public void Each_quarter_has_the_roadmaps_minimum(int quarter, decimal minimum) =>
        Digitization().Minimum(quarter).ShouldBe(minimum);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void There_is_no_fifth_quarter(int quarter) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Digitization().Minimum(quarter)).ParamName.ShouldBe("quarter");

    [Fact]
    public void The_next_years_row_copies_every_figure_and_owns_its_unit_kinds()
    {
        var row = Digitization();

        var next = row.ForYear(2025);
        next.AppliesTo.Add(UnitKind.Division);

        next.Id.ShouldNotBe(row.Id);
        (next.UnitId, next.Year, next.Task, next.Indicator, next.Lead, next.Coordinating, next.Note)
            .ShouldBe((row.UnitId, 2025, "03", TargetIndicator.Digitization, "UBND các xã, phường", "Văn phòng HĐND-UBND thị xã", "Lũy kế"));
        (next.Annual, next.Q1, next.Q2, next.Q3, next.Q4).ShouldBe((80m, 30m, 50m, 70m, 80m));
        row.AppliesTo.ShouldBe([UnitKind.Commune]);
    }
}
