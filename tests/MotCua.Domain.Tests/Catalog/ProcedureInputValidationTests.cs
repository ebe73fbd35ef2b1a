using MotCua.Domain.Catalog;
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
        { "101 components", p => p with { Components = [.. Enumerable.Repeat(new ProcedureComponentInput("Tờ khai", 1, 0, true, null), 101)] }, ["components"] },
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
    };

    [Fact]
    public void The_birth_registration_as_published_has_no_fault() =>
        ProcedureInputValidation.Check(Birth(), ActiveUnits).ShouldBeEmpty();

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
}
