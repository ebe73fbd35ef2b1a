namespace MotCua.Domain.Catalog;

/// <summary>A thủ tục hành chính as published (DOMAIN.md §3), with its current content.</summary>
public sealed class Procedure
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Mã TTHC trên Cơ sở dữ liệu quốc gia, e.g. 1.001193.000.00.00.H10.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required string Field { get; set; }

    public ProcedureLevel Level { get; set; }

    /// <summary>True when the national code could not be confirmed: demo data only.</summary>
    public bool IsDemoCode { get; set; }

    public string Result { get; set; } = string.Empty;

    public List<string> LegalBasis { get; set; } = [];

    public TimeLimit TimeLimit { get; set; }

    /// <summary>Returned the same working day when received before this time (certified copies).</summary>
    public TimeOnly? SameDayCutoff { get; set; }

    public Channels Channels { get; set; }

    public OnlineLevel Online { get; set; }

    public bool LocationIndependent { get; set; }

    public bool IsInternal { get; set; }

    // What the Decision 766 index reads of a procedure (INDICATORS-766.md, "What MotCua must record"); null where a
    // procedure was recorded before these were asked, so the index falls back on its documented defaults.

    /// <summary>Đối tượng thực hiện: citizens, organizations or both (Decree 63/2010 art. 8(2); 4.5a).</summary>
    public ProcedureSubjects? Subjects { get; set; }

    /// <summary>The result is a document (văn bản, giấy tờ), so its dossiers should end in an electronic result (3.3, 4.1, 4.2).</summary>
    public bool? ResultIsDocument { get; set; }

    /// <summary>A certified copy from the original (chứng thực bản sao từ bản chính: 4.2c).</summary>
    public bool? IsCertifiedCopy { get; set; }

    /// <summary>Its fees can be paid online through an integrated payment service (3.5a).</summary>
    public bool? OnlinePaymentIntegrated { get; set; }

    /// <summary>Eligible for full-process online service, whatever is offered today (3.4's denominator).</summary>
    public bool? FullOnlineEligible { get; set; }

    public List<Component> Components { get; set; } = [];

    public List<Fee> Fees { get; set; } = [];

    public List<ProcessStep> Steps { get; set; } = [];

    public List<ProcedureUnit> Units { get; set; } = [];

    public ProcedureStatus Status { get; set; }

    public string? ReplacedByCode { get; set; }

    public Publication? Publication { get; set; }

    public int Version { get; set; } = 1;

    public DateTimeOffset UpdatedAt { get; set; }

    public string SearchText { get; set; } = string.Empty;
}
