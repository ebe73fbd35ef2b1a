using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;

namespace MotCua.Web.Common.Integrity;

/// <summary>
/// A kind of record kept as hash chains: each record carries (in the shadow column <see cref="HashProperty"/>) the
/// SHA-256 of its own fields and of the previous record's hash in its chain. Dossier events chain per dossier, by their
/// own number; the organization change log is one chain, numbered by the chaining itself.
/// </summary>
public sealed record ChainedLog(Type Entity, string Name, Func<object, string> ChainOf, string SequenceProperty, bool NumbersItself)
{
    public const string HashProperty = "ChainHash";

    /// <summary>The number given by the chaining to records of a log that has none of its own.</summary>
    public const string SequenceShadow = "ChainSequence";

    public static readonly ChainedLog DossierEvents = new(typeof(DossierEvent), "dossier", r => DossierChain(((DossierEvent)r).DossierId), nameof(DossierEvent.Sequence), false);

    public static readonly ChainedLog UnitChanges = new(typeof(UnitChange), "units", _ => "units", SequenceShadow, true);

    public static IReadOnlyList<ChainedLog> All { get; } = [DossierEvents, UnitChanges];

    public static string DossierChain(Guid dossierId) => $"dossier:{dossierId}";

    public static ChainedLog? Of(object record) => All.FirstOrDefault(l => l.Entity == record.GetType());
}
