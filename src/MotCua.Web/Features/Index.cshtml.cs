using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features;

/// <summary>The front page: everyone finds a procedure or follows a dossier; a signed-in citizen or officer also finds his own ways in.</summary>
public sealed class HomeModel(ListFields fields) : PageModel
{
    public IReadOnlyList<FieldInfo> Fields { get; private set; } = [];

    public IReadOnlyList<HomeCard> Cards => HomeCards.For(User);

    public async Task OnGetAsync(CancellationToken ct) => Fields = await fields.HandleAsync(ct);
}
