using MotCua.Domain.Catalog;

namespace MotCua.Domain.Indicators;

/// <summary>
/// What the index needs to know of one procedure of the unit, as the catalog stood at the end of the period
/// (INDICATORS-766.md 1.3, 3.1, 3.2, 3.5, 4.1, 4.2c, 4.5a; and to classify its dossiers).
/// </summary>
public sealed record ProcedureFacts : IIndexSubject
{
    public required string Code { get; init; }

    public SubjectKind SubjectKind => SubjectKind.Procedure;

    /// <summary>The procedure's name, for the records behind a figure.</summary>
    public string Name { get; init; } = "";

    /// <summary>Active (not replaced nor abolished): a published procedure for 1.3 and a procedure of the unit for 3.x.</summary>
    public bool IsPublished { get; init; }

    /// <summary>Every part Decree 63/2010 art. 8(2) requires is filled in (1.3).</summary>
    public bool HasCompleteContent { get; init; }

    public OnlineLevel Online { get; init; }

    /// <summary>May be offered full-process online (3.4's denominator); recorded apart from what is offered today.</summary>
    public bool FullOnlineEligible { get; init; }

    /// <summary>At least one published fee or charge is not zero (group 4).</summary>
    public bool HasFees { get; init; }

    public bool OnlinePaymentIntegrated { get; init; }

    /// <summary>The result is a document (văn bản, giấy tờ): such dossiers must end in an electronic result (3.3, 4.1, 4.2).</summary>
    public bool ResultIsDocument { get; init; }

    /// <summary>A certified copy from the original (chứng thực bản sao từ bản chính: 4.2c).</summary>
    public bool IsCertifiedCopy { get; init; }

    public bool ForCitizens { get; init; }

    /// <summary>
    /// The facts of a catalog procedure: its subjects, whether its result is a document, whether it is a certified copy,
    /// its payment integration and full-online eligibility as recorded, else as <paramref name="defaults"/> assume.
    /// </summary>
    public static ProcedureFacts From(Procedure procedure, ProcedureFactDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(defaults);
        ProcedureSubjects subjects = procedure.Subjects ?? defaults.Subjects;
        return new ProcedureFacts
        {
            Code = procedure.Code,
            Name = procedure.Name,
            IsPublished = procedure.Status == ProcedureStatus.Active,
            HasCompleteContent = HasEveryRequiredPart(procedure, subjects),
            Online = procedure.Online,
            FullOnlineEligible = procedure.FullOnlineEligible ?? defaults.FullOnlineEligible ?? procedure.Online == OnlineLevel.Full,
            HasFees = procedure.Fees.Any(f => f.Amount > 0),
            OnlinePaymentIntegrated = procedure.OnlinePaymentIntegrated ?? defaults.OnlinePaymentIntegrated,
            ResultIsDocument = procedure.ResultIsDocument ?? defaults.ResultIsDocument,
            IsCertifiedCopy = procedure.IsCertifiedCopy ?? defaults.IsCertifiedCopy,
            ForCitizens = subjects.HasFlag(ProcedureSubjects.Citizens),
        };
    }

    /// <summary>
    /// Decree 63/2010 art. 8(2): name, sequence of steps, channels, components and number of copies, time limit,
    /// subjects, implementing agency, result and legal basis. Fees are not required: a free procedure has none.
    /// </summary>
    private static bool HasEveryRequiredPart(Procedure procedure, ProcedureSubjects subjects) =>
        !string.IsNullOrWhiteSpace(procedure.Name)
        && procedure.Steps.Count > 0
        && procedure.Channels != Channels.None
        && procedure.Components.Count > 0
        && procedure.Components.All(c => c.Originals + c.Copies > 0)
        && TimeLimit.IsValid(procedure.TimeLimit.Value, procedure.TimeLimit.Unit)
        && subjects != ProcedureSubjects.None
        && procedure.Units.Count > 0
        && !string.IsNullOrWhiteSpace(procedure.Result)
        && procedure.LegalBasis.Count > 0;
}
