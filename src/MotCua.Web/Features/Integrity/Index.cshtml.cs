using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Features.Integrity;

/// <summary>The administrator's page of the verification: what was checked, what was sealed, the first broken link of each chain.</summary>
public sealed class IndexModel(VerifyIntegrity verify) : PageModel
{
    public IntegrityReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await verify.HandleAsync(ct);
}
