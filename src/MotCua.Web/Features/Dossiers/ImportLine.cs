namespace MotCua.Web.Features.Dossiers;

/// <summary>One line of POST /api/v1/dossiers/import (API.md): a dossier of a previous system with its events.</summary>
public sealed record ImportLine(
    string? Code,
    string? ProcedureCode,
    string? UnitCode,
    string? Channel,
    ApplicantInput? Applicant,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    IReadOnlyList<ComponentInput>? Components,
    bool? Vneid,
    DateTimeOffset? SynchronizedAt,
    IReadOnlyList<PaymentInput>? Payments,
    string? ResultKind,
    IReadOnlyList<EventInput>? Events,
    RatingInput? Rating,
    bool? FeeExempt = null,
    bool? ResultPushedToPersonalStore = null,
    SignatureInput? ResultSignature = null);

/// <summary>One event of the previous system; <see cref="NewDueAt"/> is an apology's new appointment, as it recorded it.</summary>
public sealed record EventInput(string? Type, DateTimeOffset? At, string? UnitCode, string? Note, DateTimeOffset? NewDueAt = null);

public sealed record PaymentInput(DateTimeOffset? At, long? Amount, bool? Online);

public sealed record RatingInput(DateTimeOffset? At, string? Level);

/// <summary>The signature of an electronic result as the previous system verified and recorded it (the file itself is not imported).</summary>
public sealed record SignatureInput(string? Signer, string? Organization, string? SerialNumber, string? Issuer, DateTimeOffset? SignedAt);

public sealed record ImportLineError(int Line, string Title);

/// <summary>The answer: dossiers imported, codes already present (skipped), and the errors by line.</summary>
public sealed record DossierImportReport(int Imported, int Skipped, IReadOnlyList<ImportLineError> Errors);
