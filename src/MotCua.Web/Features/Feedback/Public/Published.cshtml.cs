using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Feedback.Public;

/// <summary>Công khai trả lời phản ánh, kiến nghị: the published answers, newest first, searchable, paged.</summary>
public sealed class PublishedModel(ListPublished list) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<PublishedFeedback>? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = PageRequest.From(PageNumber, 20);
        if (page.Failed)
        {
            Refuse(page.Error);
            return;
        }

        Result = await list.HandleAsync(Q, page.Value, ct);
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
