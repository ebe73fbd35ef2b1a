using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Dossiers;

// DOMAIN.md §4: <agency code>-<yyMMdd>-<4-digit sequence>; agency codes per QCVN 102:2016/BTTTT (e.g. 000.00.17.H10).
public class DossierCodeTests
{
    [Theory]
    [InlineData("000.00.17.H10", "2025-11-24", 1, "000.00.17.H10-251124-0001")]   // DOMAIN.md example
    [InlineData("000.17.31.H10", "2024-02-29", 123, "000.17.31.H10-240229-0123")] // leap day, padded sequence
    [InlineData("000.00.17.H10", "2025-01-05", 9999, "000.00.17.H10-250105-9999")] // the last four-digit sequence
    [InlineData("000.00.17.H10", "2025-01-05", 10000, "000.00.17.H10-250105-10000")] // a fifth digit rather than a refusal
    [InlineData("G22.AB.0C.K99", "2000-01-01", 42, "G22.AB.0C.K99-000101-0042")]   // letters allowed in the first three groups
    [InlineData("000.00.17.H10", "2099-12-31", 99999, "000.00.17.H10-991231-99999")] // the largest code
    public void A_code_is_the_agency_code_the_date_and_the_padded_sequence(string agency, string date, int sequence, string text)
    {
        var code = new DossierCode(agency, Day(date), sequence);

        code.ToString().ShouldBe(text);
        DossierCode.TryParse(text, out DossierCode parsed).ShouldBeTrue();
        parsed.ShouldBe(code);
    }

    [Theory]
    [InlineData("000.00.17.h10", "2025-11-24", 1)]  // QCVN 102: upper-case letters
    [InlineData("00.00.17.H10", "2025-11-24", 1)]   // 3.2.2.3 groups
    [InlineData("000.00.17.H1", "2025-11-24", 1)]
    [InlineData("000.00.17.110", "2025-11-24", 1)]  // the last group starts with a letter
    [InlineData("000-00-17-H10", "2025-11-24", 1)]
    [InlineData("", "2025-11-24", 1)]
    public void A_code_cannot_be_made_with_a_malformed_agency_code(string agency, string date, int sequence) =>
        Should.Throw<ArgumentException>(() => new DossierCode(agency, Day(date), sequence)).Message
            .ShouldStartWith($"'{agency}' is not an agency code like 000.00.17.H10 (QCVN 102:2016).");

    [Theory]
    [InlineData("2025-11-24", 0, Sequences)]       // DOMAIN.md §4: sequences start at 0001
    [InlineData("2025-11-24", -1, Sequences)]
    [InlineData("2025-11-24", 100000, Sequences)]  // six digits do not fit
    [InlineData("1999-12-31", 1, Dates)]           // yyMMdd could not be read back: 99 is read as 2099
    [InlineData("2100-01-01", 1, Dates)]
    public void A_code_cannot_be_made_with_a_sequence_or_date_it_cannot_write(string date, int sequence, string message) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new DossierCode("000.00.17.H10", Day(date), sequence)).Message.ShouldStartWith(message);

    private const string Sequences = "The sequence runs from 1 to 99999.";

    private const string Dates = "A dossier code's date must be in 2000–2099 (two-digit year).";

    [Theory]
    [InlineData("000.00.17.H10-251124-0001", "000.00.17.H10", "2025-11-24", 1)]
    [InlineData("000.00.17.H10-991231-0001", "000.00.17.H10", "2099-12-31", 1)]  // two-digit years are 20xx, not 1999
    [InlineData("000.00.17.H10-500101-0001", "000.00.17.H10", "2050-01-01", 1)]  // nor 1950
    [InlineData("000.00.17.H10-251124-10000", "000.00.17.H10", "2025-11-24", 10000)]
    public void A_written_code_is_read_into_its_parts(string text, string agency, string date, int sequence)
    {
        DossierCode.TryParse(text, out DossierCode code).ShouldBeTrue();

        code.AgencyCode.ShouldBe(agency);
        code.Date.ShouldBe(Day(date));
        code.Sequence.ShouldBe(sequence);
    }

    [Theory]
    [InlineData("000.00.17.H10-250230-0001")]    // 30 February is no date
    [InlineData("000.00.17.H10-251324-0001")]    // month 13
    [InlineData("000.00.17.H10-250229-0001")]    // 2025 is not a leap year
    [InlineData("000.00.17.H10-251124-0000")]    // sequence ≥ 1
    [InlineData("000.00.17.H10-251124-001")]     // four digits
    [InlineData("000.00.17.H10-251124-01000")]   // a fifth digit never has a leading zero: one form per code
    [InlineData("000.00.17.H10-251124-100000")]
    [InlineData("000.00.17.h10-251124-0001")]    // QCVN 102: upper case
    [InlineData("000.00.17.H10-20251124-0001")]  // yyMMdd, not yyyyMMdd
    [InlineData("000.00.17.H10_251124_0001")]
    [InlineData(" 000.00.17.H10-251124-0001")]
    [InlineData("000.00.17.H10-251124-0001\n")]  // nothing after the code, not even a line break
    [InlineData("000.00.17.H10-251124-٠٠٠١")]    // Arabic-Indic digits are not digits here
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_is_not_exactly_a_code_is_not_read(string? text)
    {
        DossierCode.TryParse(text, out DossierCode code).ShouldBeFalse();
        code.ShouldBe(default);
    }
}
