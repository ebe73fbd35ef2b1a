using MotCua.Domain.Catalog;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Catalog;

public sealed class ProcedureUnitSpanTests
{
    [Theory]
    [InlineData("2025-06-30", false)] // the day before the unit took the procedure
    [InlineData("2025-07-01", true)]  // its first day
    [InlineData("2025-12-31", true)]  // its last day
    [InlineData("2026-01-01", false)] // ValidTo, the first day it no longer resolves it
    public void A_unit_resolves_a_procedure_from_its_first_day_up_to_but_not_including_its_end(string day, bool covered) =>
        new ProcedureUnitSpan { ValidFrom = new(2025, 7, 1), ValidTo = new(2026, 1, 1) }
            .Covers(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(covered);
}
