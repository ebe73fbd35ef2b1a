using MotCua.Domain.Catalog;
using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Indicators;

/// <summary>
/// What the index reads of a catalog procedure (INDICATORS-766.md, "What MotCua must record"): the parts Decree 63/2010
/// art. 8(2) requires for indicator 1.3, fees for 3.5, and the documented defaults where a procedure records nothing.
/// </summary>
public sealed class ProcedureFactsTests
{
    private static readonly ProcedureFactDefaults Citizens = new(ProcedureSubjects.Citizens, ResultIsDocument: true);

    /// <summary>A birth registration with every part of art. 8(2).</summary>
    private static Procedure Complete() => new()
    {
        Code = "P1",
        Name = "Đăng ký khai sinh",
        Field = "Hộ tịch",
        Result = "Giấy khai sinh",
        LegalBasis = ["Luật Hộ tịch 2014"],
        TimeLimit = new TimeLimit(1, TimeLimitUnit.WorkingDays),
        Channels = Channels.Counter,
        Components = [new Component("Tờ khai", 1, 0, Required: true, Template: null), new Component("Giấy chứng sinh", 0, 1, Required: true, Template: null)],
        Steps = [new ProcessStep("Tiếp nhận", Role.Receptionist, null, 8)],
        Units = [new ProcedureUnit()],
    };

    public static TheoryData<string, Action<Procedure>> MissingParts => new()
    {
        { "name", p => p.Name = " " },
        { "steps", p => p.Steps = [] },
        { "channels", p => p.Channels = Channels.None },
        { "components", p => p.Components = [] },
        { "a component with no original and no copy", p => p.Components = [.. p.Components, new Component("Ảnh", 0, 0, Required: false, Template: null)] },
        { "time limit", p => p.TimeLimit = new TimeLimit(0, TimeLimitUnit.WorkingDays) },
        { "subjects", p => p.Subjects = ProcedureSubjects.None },
        { "units", p => p.Units = [] },
        { "result", p => p.Result = "" },
        { "legal basis", p => p.LegalBasis = [] },
    };

    [Fact]
    public void A_procedure_with_every_part_of_decree_63_has_complete_content()
    {
        var facts = ProcedureFacts.From(Complete(), Citizens);

        (facts.Code, facts.Name, facts.HasCompleteContent, facts.IsPublished, facts.ForCitizens).ShouldBe(("P1", "Đăng ký khai sinh", true, true, true));
    }

    [Theory]
    [MemberData(nameof(MissingParts))]
    public void A_procedure_lacking_any_part_of_decree_63_has_incomplete_content(string part, Action<Procedure> remove)
    {
        var procedure = Complete();
        remove(procedure);

        ProcedureFacts.From(procedure, Citizens).HasCompleteContent.ShouldBeFalse(part);
    }

    [Theory]
    // A fee of 0 đồng is no fee (3.5a counts procedures with a non-zero fee or charge).
    [InlineData(new long[] { 0, 8_000 }, true)]
    [InlineData(new long[] { 0 }, false)]
    [InlineData(new long[0], false)]
    public void A_procedure_has_fees_when_one_of_them_costs_something(long[] amounts, bool hasFees)
    {
        var procedure = Complete();
        procedure.Fees = [.. amounts.Select(a => new Fee("Lệ phí", a, null))];

        ProcedureFacts.From(procedure, Citizens).HasFees.ShouldBe(hasFees);
    }

    [Fact]
    public void What_a_procedure_does_not_record_comes_from_the_defaults()
    {
        var procedure = Complete();
        procedure.Online = OnlineLevel.Full;
        var defaults = new ProcedureFactDefaults(ProcedureSubjects.Organizations, ResultIsDocument: false, IsCertifiedCopy: true, OnlinePaymentIntegrated: true, FullOnlineEligible: false);

        var facts = ProcedureFacts.From(procedure, defaults);

        (facts.ForCitizens, facts.ResultIsDocument, facts.IsCertifiedCopy, facts.OnlinePaymentIntegrated, facts.FullOnlineEligible)
            .ShouldBe((false, false, true, true, false));
    }

    [Fact]
    public void What_a_procedure_records_wins_over_the_defaults()
    {
        var procedure = Complete();
        (procedure.Subjects, procedure.ResultIsDocument, procedure.IsCertifiedCopy, procedure.OnlinePaymentIntegrated, procedure.FullOnlineEligible) =
            (ProcedureSubjects.Citizens, true, false, false, true);
        var defaults = new ProcedureFactDefaults(ProcedureSubjects.Organizations, ResultIsDocument: false, IsCertifiedCopy: true, OnlinePaymentIntegrated: true, FullOnlineEligible: false);

        var facts = ProcedureFacts.From(procedure, defaults);

        (facts.ForCitizens, facts.ResultIsDocument, facts.IsCertifiedCopy, facts.OnlinePaymentIntegrated, facts.FullOnlineEligible)
            .ShouldBe((true, true, false, false, true));
    }

    [Theory]
    // With nothing recorded either way, a procedure is eligible for full online service when it offers it.
    [InlineData(OnlineLevel.Full, true)]
    [InlineData(OnlineLevel.Partial, false)]
    public void Without_a_record_or_a_default_full_online_eligibility_follows_the_service_offered(OnlineLevel online, bool eligible)
    {
        var procedure = Complete();
        procedure.Online = online;

        ProcedureFacts.From(procedure, Citizens).FullOnlineEligible.ShouldBe(eligible);
    }

    [Fact]
    public void A_replaced_procedure_is_not_published_and_facts_made_by_hand_have_no_name()
    {
        var procedure = Complete();
        procedure.Status = ProcedureStatus.Replaced;

        (ProcedureFacts.From(procedure, Citizens).IsPublished, new ProcedureFacts { Code = "P" }.Name).ShouldBe((false, ""));
    }
}
