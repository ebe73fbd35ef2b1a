namespace MotCua.Domain.Dossiers;

/// <summary>
/// A hồ sơ: who applied for which procedure at which unit, where it is in the internal process,
/// and its clock. Every change is also an appended <see cref="DossierEvent"/>.
/// </summary>
public sealed class Dossier
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Settable: an intake draws the code's number as the last write of its transaction, after writing the dossier under a provisional code.</summary>
    public required string Code { get; set; }

    public Guid ProcedureId { get; init; }

    /// <summary>The unit that resolves the dossier (cơ quan giải quyết).</summary>
    public Guid UnitId { get; init; }

    /// <summary>The unit holding the dossier now: differs from <see cref="UnitId"/> during an inter-agency step.</summary>
    public Guid CurrentUnitId { get; set; }

    /// <summary>
    /// The desk or centre that received it when that is not one serving <see cref="UnitId"/>: a location-independent
    /// procedure received elsewhere in the province (tiếp nhận không phụ thuộc địa giới hành chính, Decree 118/2025).
    /// </summary>
    public Guid? ReceivedAtUnitId { get; set; }

    /// <summary>
    /// For a dossier received across boundaries (<see cref="ReceivedAtUnitId"/>), the applicant chose at intake to collect
    /// the result at the desk or centre serving <see cref="UnitId"/> rather than where he handed the dossier in.
    /// </summary>
    public bool ResultAtResolvingUnit { get; set; }

    public IntakeChannel Channel { get; init; }

    public DossierStatus Status { get; set; }

    public required Applicant Applicant { get; init; }

    public List<ReceivedComponent> Components { get; init; } = [];

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Working time left when the clock was stopped (supplement, pause); null while it runs.</summary>
    public TimeSpan? RemainingWhenStopped { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Index of the internal-process step in progress.</summary>
    public int CurrentStep { get; set; }

    public string? AssignedTo { get; set; }

    public int SupplementRequests { get; set; }

    /// <summary>The new appointment given in the apology letter; the dossier still counts as late.</summary>
    public DateTimeOffset? RescheduledTo { get; set; }

    /// <summary>The applicant proved who he is with his VNeID electronic identity (định danh điện tử) at intake.</summary>
    public bool Vneid { get; set; }

    /// <summary>
    /// When the national public service portal first acknowledged one of the dossier's statuses (indicator 1.4); a status
    /// the portal rejected, or only written out for offline delivery, does not set it.
    /// </summary>
    public DateTimeOffset? SynchronizedAt { get; set; }

    /// <summary>
    /// The last <see cref="Version"/> the national portal answered about (acknowledged or rejected), or the offline file
    /// adapter wrote out; null before the first: the dossier's latest change waits to be sent until it equals the version.
    /// </summary>
    public int? SyncedVersion { get; set; }

    public List<Payment> Payments { get; init; } = [];

    public ResultKind? ResultKind { get; set; }

    /// <summary>The verified signature of the electronic result; null for a paper result or one never verified.</summary>
    public ResultSignature? ResultSignature { get; set; }

    /// <summary>Copies of the result the applicant asked for; a fee charged on request counts once per copy (<see cref="Catalog.FeesOwed"/>).</summary>
    public int ResultCopies { get; set; }

    /// <summary>Every fee line was exempted (miễn phí, lệ phí): 3.6 leaves the dossier out.</summary>
    public bool FeeExempt { get; set; }

    /// <summary>What the applicant has still to pay of <paramref name="fees"/> (his procedure's) for what he asked; nothing once the dossier is closed.</summary>
    public long Unpaid(IEnumerable<Catalog.Fee> fees) => Owed(Status, fees, ResultCopies, FeeExempt, Payments);

    /// <summary><see cref="Unpaid"/> of the parts a query read without the whole dossier.</summary>
    public static long Owed(DossierStatus status, IEnumerable<Catalog.Fee> fees, int resultCopies, bool feeExempt, IEnumerable<Payment> payments) =>
        DossierWorkflow.IsFinal(status) ? 0 : Math.Max(0, Catalog.FeesOwed.Total(fees, resultCopies, feeExempt) - payments.Sum(p => p.Amount));

    /// <summary>The electronic result was pushed to the applicant's personal data store on the national portal (4.4).</summary>
    public bool ResultPushedToPersonalStore { get; set; }

    /// <summary>The citizen account that submitted it online or that its applicant added it to; null otherwise.</summary>
    public Guid? CitizenId { get; set; }

    public Rating? Rating { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }
}
