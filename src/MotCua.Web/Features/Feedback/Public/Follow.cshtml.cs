using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Feedback.Public;

/// <summary>
/// Theo dõi phản ánh: the public view of one feedback (status, dates, the published answer), the confirmation a
/// sender sees right after sending, and the vote on a published answer. Reading is throttled as a public lookup, as
/// codes are sequential; voting as feedback (<see cref="Common.Security.Throttling.Feedback"/>).
/// </summary>
[EnableRateLimiting(Common.Security.Throttling.Feedback)]
public sealed class FollowModel(LookupFeedback lookup, VoteOnAnswer vote) : FormPage
{
    public PublicFeedback? Feedback { get; private set; }

    /// <summary>Just sent: the page confirms it and shows the code to keep.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public bool Voted { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct);

    public async Task OnPostVoteAsync(string code, bool satisfied, CancellationToken ct)
    {
        var outcome = await vote.HandleAsync(code, new VoteRequest(satisfied), Voter.Of(HttpContext), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
        }

        Voted = !outcome.Failed;
        await LoadAsync(code, ct);
    }

    private async Task LoadAsync(string code, CancellationToken ct)
    {
        var found = await lookup.HandleAsync(code.Trim(), ct);
        if (found.Failed)
        {
            Refuse(found.Error);
            return;
        }

        Feedback = found.Value;
    }
}
