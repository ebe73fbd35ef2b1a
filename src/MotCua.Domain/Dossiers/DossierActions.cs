namespace MotCua.Domain.Dossiers;

/// <summary>The names of <see cref="DossierAction"/> in the API (<c>POST …/dossiers/{code}/actions/{name}</c>).</summary>
public static class DossierActions
{
    /// <summary>The kebab-case API name, e.g. <c>request-supplement</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of the enum.</exception>
    public static string Name(DossierAction action) => action switch
    {
        DossierAction.Receive => "receive",
        DossierAction.Assign => "assign",
        DossierAction.Transfer => "transfer",
        DossierAction.CompleteStep => "complete-step",
        DossierAction.RequestSupplement => "request-supplement",
        DossierAction.ReceiveSupplement => "receive-supplement",
        DossierAction.Pause => "pause",
        DossierAction.Resume => "resume",
        DossierAction.Refuse => "refuse",
        DossierAction.Approve => "approve",
        DossierAction.IssueResult => "issue-result",
        DossierAction.ReturnResult => "return-result",
        DossierAction.Withdraw => "withdraw",
        DossierAction.Apologize => "apologize",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a dossier action."),
    };

    /// <summary>
    /// Reads an API name. Exact, case-sensitive match: the API spells names in lower case only, and one spelling per
    /// action keeps URLs and logged events comparable.
    /// </summary>
    public static bool TryParse(string? name, out DossierAction action)
    {
        foreach (DossierAction candidate in Enum.GetValues<DossierAction>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                action = candidate;
                return true;
            }
        }

        action = default;
        return false;
    }
}
