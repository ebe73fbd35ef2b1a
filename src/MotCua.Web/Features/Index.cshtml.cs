using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features;

/// <summary>The front page: citizens find a procedure or follow a dossier; a signed-in officer also finds his work.</summary>
public sealed class HomeModel(ListFields fields) : PageModel
{
    public IReadOnlyList<FieldInfo> Fields { get; private set; } = [];

    public bool IsOfficer => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken ct) => Fields = await fields.HandleAsync(ct);
}
