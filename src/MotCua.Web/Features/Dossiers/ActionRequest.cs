namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Body of POST /api/v1/dossiers/{code}/actions/{action}. Which fields an action needs: assign →
/// assignee; transfer → toUnitCode; request-supplement, pause, refuse, withdraw → reason;
/// apologize → reason and newDueAt; issue-result → resultKind (paper when absent; a result issued electronically
/// needs its file, so goes through POST …/result); the others take an optional note.
/// </summary>
public sealed record ActionRequest(string? Note, string? Reason, string? Assignee, string? ToUnitCode, DateTimeOffset? NewDueAt)
{
    public string? ResultKind { get; init; }
}
