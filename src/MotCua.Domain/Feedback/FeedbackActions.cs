namespace MotCua.Domain.Feedback;

/// <summary>The names of <see cref="FeedbackAction"/> in the API (<c>POST …/feedback/{code}/actions/{name}</c>).</summary>
public static class FeedbackActions
{
    private static readonly Dictionary<string, FeedbackAction> ByName =
        Enum.GetValues<FeedbackAction>().ToDictionary(Name, a => a, StringComparer.Ordinal);

    /// <summary>The kebab-case API name, e.g. <c>request-information</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of the enum.</exception>
    public static string Name(FeedbackAction action) => action switch
    {
        FeedbackAction.Assign => "assign",
        FeedbackAction.RequestInformation => "request-information",
        FeedbackAction.ReceiveInformation => "receive-information",
        FeedbackAction.Answer => "answer",
        FeedbackAction.Publish => "publish",
        FeedbackAction.Refuse => "refuse",
        FeedbackAction.Close => "close",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a feedback action."),
    };

    public static bool TryParse(string? name, out FeedbackAction action) => ByName.TryGetValue(name ?? string.Empty, out action);
}
