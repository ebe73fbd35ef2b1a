namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Body of POST /api/v1/dossiers/{code}/actions/{action}. Which fields an action needs: assign →
/// assignee; transfer → toUnitCode; request-supplement, pause, refuse, withdraw → reason;
/// apologize → reason and newDueAt; the others take an optional note.
/// </summary>
public sealed record ActionRequest(string? Note, string? Reason, string? Assignee, string? ToUnitCode, DateTimeOffset? NewDueAt);
