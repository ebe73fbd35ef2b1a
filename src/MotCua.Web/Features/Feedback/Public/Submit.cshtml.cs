using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Files;
using MotCua.Web.Features.Organization;
using MotCua.Web.Features.Portal;

namespace MotCua.Web.Features.Feedback.Public;

/// <summary>
/// Gửi phản ánh, kiến nghị without an account: the same handler as the API; a sent feedback opens its follow page
/// with the code and due date, a refused form shows every problem next to its field.
/// </summary>
[EnableRateLimiting(Common.Security.Throttling.Feedback)]
public sealed class SubmitModel(SubmitFeedback submit, ListUnits units, IOptions<FileStoreOptions> files) : FormPage
{
    [BindProperty]
    public FeedbackForm Form { get; set; } = new();

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    /// <param name="complainsAbout">From an answered feedback's page: the new one complains about that answer.</param>
    public async Task<IActionResult> OnGetAsync(string? code, string? complainsAbout, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            return Redirect($"/phan-anh/{Uri.EscapeDataString(code.Trim())}");
        }

        Form.ComplainsAbout = complainsAbout?.Trim();

        Units = PortalUnits.Resolving(await units.HandleAsync(includeInactive: false, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var attached = new List<UploadedFile>();
        foreach (var file in Request.Form.Files.GetFiles("files").Where(f => f.Length > 0))
        {
            var read = await UploadedFile.ReadAsync(file, files.Value.MaxBytes, FileType.Scans, ct);
            if (read.Failed)
            {
                return await RefusedAsync(read.Error, ct);
            }

            attached.Add(read.Value);
        }

        var outcome = await submit.HandleAsync(Form.ToRequest(), attached, ct);
        if (!outcome.Failed)
        {
            return Redirect($"/phan-anh/{outcome.Value.Code}?sent=true");
        }

        return await RefusedAsync(outcome.Error, ct);
    }

    private async Task<IActionResult> RefusedAsync(Error error, CancellationToken ct)
    {
        Refuse(error);
        Units = PortalUnits.Resolving(await units.HandleAsync(includeInactive: false, ct));
        return Page();
    }

    public sealed class FeedbackForm
    {
        public string Kind { get; set; } = "regulation";

        public string? Title { get; set; }

        public string? Content { get; set; }

        public string? DossierCode { get; set; }

        public string? UnitCode { get; set; }

        public string? Name { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? ComplainsAbout { get; set; }

        public FeedbackRequest ToRequest() => new(Kind, Title, Content, DossierCode, null, UnitCode, new FeedbackSenderInput(Name, Phone, Email), ComplainsAbout);
    }
}
