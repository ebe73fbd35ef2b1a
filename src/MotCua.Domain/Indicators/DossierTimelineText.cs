using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Domain.Indicators;

/// <summary>
/// A <see cref="DossierTimeline"/> as the text kept beside a dossier's tally. Each instant is written as its distance
/// from the receipt in whole units of the database's precision (a microsecond in PostgreSQL, a tick in SQLite), so that
/// the timeline read back gives exactly the instants its events would give back, and so that a copy of a dossier moved
/// in time (the benchmark's generated history) keeps its template's timeline unchanged.
/// </summary>
public static class DossierTimelineText
{
    /// <summary>The text of <paramref name="timeline"/> of a dossier received at <paramref name="receivedAt"/>, instants in units of <paramref name="ticksPerUnit"/> ticks.</summary>
    public static string Format(DossierTimeline timeline, DateTimeOffset receivedAt, long ticksPerUnit)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ticksPerUnit);
        var origin = receivedAt.UtcTicks / ticksPerUnit;
        long From(DateTimeOffset instant) => (instant.UtcTicks / ticksPerUnit) - origin;
        var stored = new Stored(
            ticksPerUnit,
            Dues(timeline.Dues, From),
            [.. timeline.Stops.Select(s => s.ResumedAt is { } resumed ? new[] { s.Supplement ? 1 : 0, From(s.At), From(resumed) } : [s.Supplement ? 1 : 0, From(s.At)])],
            timeline.EndedAt is { } ended ? From(ended) : null,
            timeline.End,
            timeline.Apologized);
        return JsonSerializer.Serialize(stored, TimelineJson.Default.Stored);
    }

    /// <summary>
    /// The dues in units, a due equal to the one before it left out as <see cref="DossierTimeline.Of"/> leaves it out:
    /// two instants a few ticks apart are one microsecond in PostgreSQL, and the events read back from it give one due.
    /// </summary>
    private static long[][] Dues(IEnumerable<DueChange> dues, Func<DateTimeOffset, long> from)
    {
        var kept = new List<long[]>();
        foreach (var due in dues.Select(d => new[] { from(d.At), from(d.DueAt) }))
        {
            if (kept.Count == 0 || kept[^1][1] != due[1])
            {
                kept.Add(due);
            }
        }

        return [.. kept];
    }

    /// <summary>The timeline of a dossier received at <paramref name="receivedAt"/> from its <see cref="Format"/>ted text.</summary>
    /// <exception cref="JsonException">The text is not a timeline.</exception>
    public static DossierTimeline Parse(string text, DateTimeOffset receivedAt)
    {
        var stored = JsonSerializer.Deserialize(text, TimelineJson.Default.Stored) ?? throw new JsonException("A dossier's timeline is null.");
        var unit = stored.Unit;
        var origin = receivedAt.UtcTicks / unit;
        DateTimeOffset At(long offset) => new((origin + offset) * unit, TimeSpan.Zero);
        return new DossierTimeline(
            [.. stored.Dues.Select(d => new DueChange(At(d[0]), At(d[1])))],
            [.. stored.Stops.Select(s => new Dossiers.DossierStop(At(s[1]), s.Length > 2 ? At(s[2]) : null, s[0] == 1))],
            stored.EndedAt is { } ended ? At(ended) : null,
            stored.End,
            stored.Apologized);
    }

    internal sealed record Stored(
        [property: JsonPropertyName("u")] long Unit,
        [property: JsonPropertyName("d")] long[][] Dues,
        [property: JsonPropertyName("s")] long[][] Stops,
        [property: JsonPropertyName("e")] long? EndedAt,
        [property: JsonPropertyName("k")] DossierEnd? End,
        [property: JsonPropertyName("a")] bool Apologized);
}

[JsonSerializable(typeof(DossierTimelineText.Stored))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
internal sealed partial class TimelineJson : JsonSerializerContext;
