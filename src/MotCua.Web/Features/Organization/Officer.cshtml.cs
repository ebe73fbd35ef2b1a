using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Organization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// Create an officer (no user name in the URL) or edit one. Roles are rows of role × unit with a
/// few blank rows to grant more; a row without a unit is dropped.
/// </summary>
public sealed class OfficerModel(GetOfficer get, SaveOfficer save, UnlockOfficer unlock, ResetTwoFactor resetTwoFactor, ListUnits units) : FormPage
{
    private const int BlankRows = 3;

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public bool IsActive { get; set; } = true;

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public List<RoleRow> Roles { get; set; } = [];

    public bool IsNew => RouteData.Values["userName"] is null;

    public DateTimeOffset? LockedUntil { get; private set; }

    public bool TwoFactor { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public static IEnumerable<Role> AllRoles => Enum.GetValues<Role>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IsNew)
        {
            var found = await get.HandleAsync(UserName!, ct);
            if (found.Failed)
            {
                return NotFound();
            }

            (FullName, Email, Phone, IsActive, LockedUntil, TwoFactor) = (found.Value.FullName, found.Value.Email, found.Value.Phone, found.Value.IsActive, found.Value.LockedUntil, found.Value.TwoFactor);
            Roles = found.Value.Roles.Select(r => new RoleRow(r.Role, r.UnitCode)).ToList();
        }

        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Renumbered so that the handler's roles[i] errors point at the rows shown again.
        Roles = Roles.Where(r => !string.IsNullOrWhiteSpace(r.UnitCode)).ToList();

        // The handler saves by user name; a new officer must not silently take over an existing account.
        if (IsNew && !string.IsNullOrWhiteSpace(UserName) && !(await get.HandleAsync(UserName.Trim().ToLowerInvariant(), ct)).Failed)
        {
            return await FailAsync(Error.Conflict(new($"Tên đăng nhập \"{UserName}\" đã được dùng.", $"The user name \"{UserName}\" is taken.")), ct);
        }

        var request = new SaveOfficerRequest(UserName, FullName, Password, Email, Phone, IsActive, Roles.Select(r => new RoleInfo(r.Role, r.UnitCode!)).ToList());
        var saved = await save.HandleAsync(request, ct);
        return saved.Failed ? await FailAsync(saved.Error, ct) : RedirectToPage("/Organization/Officers", new { q = saved.Value.UserName });
    }

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) => BackAsync(unlock.HandleAsync(UserName ?? string.Empty, ct));

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken ct) => BackAsync(resetTwoFactor.HandleAsync(UserName ?? string.Empty, ct));

    private async Task<IActionResult> BackAsync(Task<Outcome<string>> action) =>
        (await action).Failed ? NotFound() : RedirectToPage("/Organization/Officer", new { userName = UserName });

    private async Task<IActionResult> FailAsync(Error error, CancellationToken ct)
    {
        Refuse(error);
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Units = await units.HandleAsync(includeInactive: false, ct);
        Roles.AddRange(Enumerable.Repeat(new RoleRow(Role.Specialist, null), BlankRows));
        return Page();
    }

    public sealed record RoleRow(Role Role, string? UnitCode);
}
