using MotCua.Domain.Catalog;
using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Catalog;

/// <summary>
/// The catalog's input rules (issue 20: moved out of the web project), one fault at a time on an otherwise valid birth
/// registration (Decision 1085/QĐ-BTP's procedure 1.001193: one working day, free, two components, at the ward): each
/// fault is named under its field and nothing else is, and what passes is written onto a procedure as it was given.
/// </summary>
public class ProcedureInputValidationTests
{
    private static readonly Guid Ward = Guid.CreateVersion7();

    private static readonly Dictionary<string, Guid> ActiveUnits = new(StringComparer.Ordinal) { ["PL-LONGTHUY"] = Ward };

    private static ProcedureInput Birth() => new(
        Code: "1.001193.000.00.00.H10",
        Name: "Đăng ký khai sinh",
        Field: "Hộ tịch",
        Level: "commune",
        IsDemoCode: false,
        Result: "Giấy khai sinh",
        LegalBasis: ["Luật Hộ tịch 2014"],
        TimeLimit: new(1m, null),
        SameDayCutoff: "15:00",
        Channels: ["counter", "online"],
        Online: "full",
        LocationIndependent: true,
        IsInternal: false,
        Components: [new("Tờ khai đăng ký khai sinh", 1, 0, true, null), new("Giấy chứng sinh", 1, 0, true, null)],
        Fees: [new("Lệ phí đăng ký khai sinh đúng hạn", 0, "Miễn", false)],
        Steps: [new("Tiếp nhận", "receptionist", null, 1m), new("Kiểm tra, ghi sổ", "specialist", null, 4m), new("Ký", "leader", null, 2m)],
        UnitCodes: ["PL-LONGTHUY"],
        Publication: new("1085/QĐ-BTP", "2019-05-10", "2019-05-10"));

    public static TheoryData<string, Func<ProcedureInput, ProcedureInput>, string[]> Faults => new()
    {
        { "a code without its digits", p => p with { Code = "1.00119" }, ["code"] },
        { "no name", p => p with { Name = " " }, ["name"] },
        { "a name of 501 characters", p => p with { Name = new string('a', 501) }, ["name"] },
        { "no field", p => p with { Field = null }, ["field"] },
        { "a level that is not one", p => p with { Level = "ward" }, ["level"] },
        { "a result of 1001 characters", p => p with { Result = new string('a', 1001) }, ["result"] },
        { "days and hours both", p => p with { TimeLimit = new(1m, 8m) }, ["timeLimit"] },
        { "no time limit", p => p with { TimeLimit = null }, ["timeLimit"] },
        { "a cut-off that is not HH:mm", p => p with { SameDayCutoff = "3pm" }, ["sameDayCutoff"] },
        { "no channel", p => p with { Channels = [] }, ["channels"] },
        { "an online level unknown", p => p with { Online = "most" }, ["online"] },
        { "subjects unknown", p => p with { Subjects = ["tourists"] }, ["subjects"] },
        { "a component without a name", p => p with { Components = [new(null, 1, 0, true, null)] }, ["components[0].name"] },
        { "51 copies", p => p with { Components = [new("Tờ khai", 1, 51, true, null)] }, ["components[0]"] },
        { "-1 originals", p => p with { Components = [new("Tờ khai", -1, 0, true, null)] }, ["components[0]"] },
        { "-1 copies", p => p with { Components = [new("Tờ khai", 1, -1, true, null)] }, ["components[0]"] },
        // Over 100 items the list is refused whole: its items, nameless here, are not checked one by one.
        { "101 components", p => p with { Components = [.. Enumerable.Repeat(new ProcedureComponentInput(null, 1, 0, true, null), 101)] }, ["components"] },
        { "101 fees", p => p with { Fees = [.. Enumerable.Repeat(new FeeInput(null, 0, null), 101)] }, ["fees"] },
        { "101 steps", p => p with { Steps = [.. Enumerable.Repeat(new StepInput(null, "specialist", null, 0.01m), 101)] }, ["steps"] },
        { "a fee without a name", p => p with { Fees = [new(" ", 0, null)] }, ["fees[0].name"] },
        { "a fee above a thousand billion VND", p => p with { Fees = [new("Phí", 1_000_000_000_001, null)] }, ["fees[0].amount"] },
        { "a step without a name", p => p with { Steps = [new(null, "receptionist", null, 1m)] }, ["steps[0].name"] },
        { "a time limit of no day", p => p with { TimeLimit = new(0m, null) }, ["timeLimit"] },
        { "501 working days", p => p with { TimeLimit = new(501m, null) }, ["timeLimit"] },
        { "4,001 working hours", p => p with { TimeLimit = new(null, 4001m) }, ["timeLimit"] },
        { "no resolving unit listed", p => p with { UnitCodes = null }, ["unitCodes"] },
        { "a fee below zero", p => p with { Fees = [new("Phí", -1, null)] }, ["fees[0].amount"] },
        { "a fee without an amount", p => p with { Fees = [new("Phí", null, null)] }, ["fees[0].amount"] },
        { "a step's role unknown", p => p with { Steps = [new("Tiếp nhận", "clerk", null, 1m)] }, ["steps[0].role"] },
        { "a step at an unknown unit", p => p with { Steps = [new("Tiếp nhận", "receptionist", "PL-KHONGCO", 1m)] }, ["steps[0].unitCode"] },
        { "a step of no time", p => p with { Steps = [new("Tiếp nhận", "receptionist", null, 0m)] }, ["steps[0].hours"] },
        { "steps longer than the one working day (8 hours)", p => p with { Steps = [new("Xử lý", "specialist", null, 9m)] }, ["steps"] },
        { "no resolving unit", p => p with { UnitCodes = [] }, ["unitCodes"] },
        { "an inactive or unknown resolving unit", p => p with { UnitCodes = ["PL-THACMO"] }, ["unitCodes"] },
        { "a publication without its number", p => p with { Publication = new(null, "2019-05-10", "2019-05-10") }, ["publication.decisionNumber"] },
        { "a decision date that does not exist", p => p with { Publication = new("1085/QĐ-BTP", "2019-02-30", "2019-05-10") }, ["publication.decisionDate"] },
        { "in force before it was decided", p => p with { Publication = new("1085/QĐ-BTP", "2019-05-10", "2019-05-09") }, ["publication.effectiveDate"] },
        { "an effective date that does not exist", p => p with { Publication = new("1085/QĐ-BTP", "2019-05-10", "2019-13-01") }, ["publication.effectiveDate"] },
    };

    // Each at the edge of what is allowed: a limit is "at most", a count "from 0 to 50", a list "at most 100 items".
    public static TheoryData<string, Func<ProcedureInput, ProcedureInput>> Edges => new()
    {
        { "as published", p => p },
        { "a name of 500 characters", p => p with { Name = new string('a', 500) } },
        { "a result of 1000 characters", p => p with { Result = new string('a', 1000) } },
        { "no components, fees or steps listed", p => p with { Components = null, Fees = null, Steps = null } },
        { "0 and 50 originals, 50 and 1 copies", p => p with { Components = [new("Tờ khai", 0, 50, true, null), new("Giấy chứng sinh", 50, 1, true, null)] } },
        { "100 components", p => p with { Components = [.. Enumerable.Repeat(new ProcedureComponentInput("Tờ khai", 1, 0, true, null), 100)] } },
        { "a fee of a thousand billion VND", p => p with { Fees = [new("Phí", 1_000_000_000_000, null)] } },
        { "steps taking the whole working day (8 hours)", p => p with { Steps = [new("Tiếp nhận", "receptionist", null, 2m), new("Xử lý", "specialist", null, 6m)] } },
        { "500 working days", p => p with { TimeLimit = new(500m, null) } },
        { "4,000 working hours (500 days)", p => p with { TimeLimit = new(null, 4000m) } },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void The_birth_registration_has_no_fault_at_the_edges_of_each_rule(string edge, Func<ProcedureInput, ProcedureInput> change) =>
        ProcedureInputValidation.Check(change(Birth()), ActiveUnits).ShouldBeEmpty(edge);

    public static TheoryData<string, Func<ProcedureInput, ProcedureInput>, string, string> MissingNames => new()
    {
        { "field", p => p with { Field = null }, "Chưa nhập lĩnh vực.", "The field is required." },
        { "components[1].name", p => p with { Components = [new("Tờ khai", 1, 0, true, null), new(null, 1, 0, true, null)] }, "Chưa nhập tên thành phần hồ sơ.", "The component name is required." },
        { "fees[0].name", p => p with { Fees = [new(null, 0, null)] }, "Chưa nhập tên phí, lệ phí.", "The fee name is required." },
        { "steps[0].name", p => p with { Steps = [new(" ", "receptionist", null, 1m)] }, "Chưa nhập tên bước.", "The step name is required." },
        { "publication.decisionNumber", p => p with { Publication = new(" ", "2019-05-10", "2019-05-10") }, "Chưa nhập số quyết định công bố.", "The decision number is required." },
    };

    [Theory]
    [MemberData(nameof(MissingNames))]
    public void A_missing_name_is_named_in_both_languages(string field, Func<ProcedureInput, ProcedureInput> spoil, string vi, string en) =>
        ProcedureInputValidation.Check(spoil(Birth()), ActiveUnits)[field].ShouldBe([new TableProblem(vi, en)]);

    [Fact]
    public void An_impossible_effective_date_says_so_in_both_languages() =>
        ProcedureInputValidation.Check(Birth() with { Publication = new("1085/QĐ-BTP", "2019-05-10", "10/05/2019") }, ActiveUnits)["publication.effectiveDate"]
            .ShouldBe([new TableProblem("Ngày hiệu lực phải là ngày có thật, dạng yyyy-MM-dd.", "effectiveDate must be a real date, yyyy-MM-dd.")]);

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_fault_is_named_under_its_field_and_nothing_else_is(string fault, Func<ProcedureInput, ProcedureInput> spoil, string[] fields)
    {
        var problems = ProcedureInputValidation.Check(spoil(Birth()), ActiveUnits);

        problems.Keys.ShouldBe(fields, ignoreOrder: true, fault);
        problems.Values.SelectMany(p => p).ShouldAllBe(p => p.Vi.Length > 0 && p.En.Length > 0 && p.Vi != p.En);
    }

    [Fact]
    public void A_missing_name_and_one_too_long_say_so_in_both_languages()
    {
        ProcedureInputValidation.Check(Birth() with { Name = null }, ActiveUnits)["name"].ShouldHaveSingleItem()
            .ShouldBe(new("Chưa nhập tên thủ tục.", "The name is required."));
        ProcedureInputValidation.Check(Birth() with { Name = new string('a', 501) }, ActiveUnits)["name"].ShouldHaveSingleItem()
            .ShouldBe(new("Tên thủ tục tối đa 500 ký tự.", "The name is at most 500 characters."));
    }

    [Fact]
    public void A_valid_input_is_written_onto_the_procedure_as_given_trimmed_with_its_words_read()
    {
        var procedure = new Procedure { Code = "1.001193.000.00.00.H10", Name = "cũ", Field = "cũ" };

        ProcedureInputMapping.WriteOnto(Birth() with { Name = "  Đăng ký khai sinh  " }, procedure, ActiveUnits);

        (procedure.Name, procedure.Level, procedure.TimeLimit).ShouldBe(("Đăng ký khai sinh", ProcedureLevel.Commune, new TimeLimit(1m, TimeLimitUnit.WorkingDays)));
        procedure.SameDayCutoff.ShouldBe(new TimeOnly(15, 0));
        procedure.Steps.Select(s => (s.Role, s.Hours)).ShouldBe([(Role.Receptionist, 1m), (Role.Specialist, 4m), (Role.Leader, 2m)]);
        procedure.Components.Select(c => c.Name).ShouldBe(["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"]);
        procedure.Fees.ShouldHaveSingleItem().Amount.ShouldBe(0);
        procedure.Units.Select(u => u.UnitId).ShouldBe([Ward]);
        (procedure.Publication!.DecisionNumber, procedure.Publication.EffectiveDate).ShouldBe(("1085/QĐ-BTP", new DateOnly(2019, 5, 10)));
    }

    [Fact]
    public void Every_field_given_is_written_trimmed_and_blank_optional_texts_are_left_out()
    {
        var procedure = new Procedure { Code = "1.001193.000.00.00.H10", Name = "cũ", Field = "cũ" };
        ProcedureInput input = Birth() with
        {
            IsDemoCode = true,
            Result = "  Giấy khai sinh  ",
            LegalBasis = ["  Luật Hộ tịch 2014 ", "", " ", null!],
            IsInternal = true,
            Subjects = ["citizens"],
            Components = [new("Tờ khai", 2, 1, false, "  to-khai.docx "), new("Giấy chứng sinh", null, null, null, " ")],
            Fees = [new("Lệ phí cấp bản sao", 8_000, "  mỗi bản ", true), new("Lệ phí", 0, null)],
        };

        ProcedureInputMapping.WriteOnto(input, procedure, ActiveUnits);

        (procedure.IsDemoCode, procedure.Result, procedure.LocationIndependent, procedure.IsInternal, procedure.Subjects)
            .ShouldBe((true, "Giấy khai sinh", true, true, (ProcedureSubjects?)ProcedureSubjects.Citizens));
        procedure.LegalBasis.ShouldBe(["Luật Hộ tịch 2014"]);
        procedure.Components.ShouldBe([new Component("Tờ khai", 2, 1, false, "to-khai.docx"), new Component("Giấy chứng sinh", 0, 0, true, null)]);
        procedure.Fees.ShouldBe([new Fee("Lệ phí cấp bản sao", 8_000, "mỗi bản", true), new Fee("Lệ phí", 0, null, false)]);
    }

    [Fact]
    public void Optional_fields_left_out_are_written_as_their_defaults()
    {
        var procedure = new Procedure { Code = "1.001193.000.00.00.H10", Name = "cũ", Field = "cũ", Components = [new("cũ", 1, 1, true, null)] };
        ProcedureInput input = Birth() with
        {
            IsDemoCode = null, Result = null, LegalBasis = null, LocationIndependent = null, IsInternal = null, Subjects = null,
            Components = null, Fees = null, Steps = null,
        };

        ProcedureInputMapping.WriteOnto(input, procedure, ActiveUnits);

        (procedure.IsDemoCode, procedure.Result, procedure.LocationIndependent, procedure.IsInternal, procedure.Subjects)
            .ShouldBe((false, "", false, false, (ProcedureSubjects?)null));
        (procedure.LegalBasis.Count, procedure.Components.Count, procedure.Fees.Count, procedure.Steps.Count).ShouldBe((0, 0, 0, 0));
    }

    [Fact]
    public void The_resolving_units_become_those_listed_keeping_the_rows_of_units_still_listed()
    {
        Guid commune = Guid.CreateVersion7(), district = Guid.CreateVersion7();
        var units = new Dictionary<string, Guid>(StringComparer.Ordinal) { ["PL-LONGTHUY"] = Ward, ["XA-MOI"] = commune };
        var kept = new ProcedureUnit { UnitId = Ward };
        var procedure = new Procedure { Code = "1.001193.000.00.00.H10", Name = "cũ", Field = "cũ", Units = [kept, new ProcedureUnit { UnitId = district }] };

        ProcedureInputMapping.WriteOnto(Birth() with { UnitCodes = ["PL-LONGTHUY", "XA-MOI", "XA-MOI"] }, procedure, units);

        procedure.Units.Select(u => u.UnitId).ShouldBe([Ward, commune]);
        procedure.Units[0].ShouldBeSameAs(kept);
        procedure.Units[1].ProcedureId.ShouldBe(procedure.Id);
    }

    [Fact]
    public void A_new_procedure_has_no_result_and_an_empty_search_key_until_written()
    {
        var procedure = new Procedure { Code = "1.001193", Name = "Đăng ký khai sinh", Field = "Hộ tịch" };

        (procedure.Result, procedure.SearchText).ShouldBe(("", ""));
    }
}
