namespace MotCua.Domain.Plans;

/// <summary>Why a deadline gives no dated instances; each kind is a stable problem type in the API.</summary>
public enum DueProblemKind
{
    /// <summary>A date (or a rule's instance, once moved to a working day) not in the plan's year.</summary>
    OutsidePlanYear,

    /// <summary>A valid rule with no instance in the plan's year.</summary>
    YieldsNothing,

    /// <summary>Rule text that is not RFC 5545: unknown part, bad value, no FREQ, COUNT with UNTIL…</summary>
    InvalidRule,

    /// <summary>Valid RFC 5545 that a deadline cannot use: times of day, daily or finer frequencies.</summary>
    UnsupportedRulePart,

    /// <summary>A plan-table phrasing that names no deadline this reader knows.</summary>
    UnknownPhrasing,

    /// <summary>A phrasing whose deadline hangs on an event ("Sau khi có Quyết định…"): a date is entered when known.</summary>
    EventTriggered,
}
