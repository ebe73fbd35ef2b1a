using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// Nộp hồ sơ trực tuyến: the unit, the applicant as his account declares him, and per component a file or one of his
/// earlier documents. The form carries an idempotency key, so that a second click or a resent form creates nothing twice.
/// </summary>
public sealed class SubmitModel(GetProcedure procedures, ListUnits units, UpdateProfile profile, ReusableDocuments documents, HomeUnit home, SubmitOnline submit) : FormPage
{
    public ProcedureDetail? Procedure { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public CitizenProfile? Applicant { get; private set; }

    public IReadOnlyList<ReusableDocument> Documents { get; private set; } = [];

    [BindProperty]
    public string? UnitCode { get; set; }

    public async Task<IActionResult> OnGetAsync(string procedureCode, CancellationToken ct)
    {
        if (!await LoadAsync(procedureCode, ct))
        {
            return NotFound();
        }

        UnitCode = Units.Count == 1 ? Units[0].Code : await home.FindAsync(Units, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string procedureCode, CancellationToken ct)
    {
        var submitted = await submit.HandleAsync(procedureCode, OnlineSubmission.From(await Request.ReadFormAsync(ct)), ct);
        if (!submitted.Failed)
        {
            return LocalRedirect($"{CitizenSession.Home}?nop={Uri.EscapeDataString(submitted.Value.Code)}");
        }

        if (!await LoadAsync(procedureCode, ct))
        {
            return NotFound();
        }

        Refuse(submitted.Error);
        return Page();
    }

    /// <summary>Only an active procedure that takes dossiers online has this page.</summary>
    private async Task<bool> LoadAsync(string procedureCode, CancellationToken ct)
    {
        var found = await procedures.HandleAsync(procedureCode, ct);
        if (found.Failed || found.Value.Status != ProcedureStatus.Active || !found.Value.Channels.Contains(OnlineChannel))
        {
            return false;
        }

        Procedure = found.Value;
        Units = (await units.HandleAsync(includeInactive: false, ct)).Where(u => Procedure.UnitCodes.Contains(u.Code)).ToList();
        Applicant = await profile.GetAsync(ct);
        Documents = await documents.HandleAsync(ct);
        return true;
    }

    /// <summary>The catalog's name of the online channel (<see cref="ProcedureDetail.Channels"/>).</summary>
    public const string OnlineChannel = "online";
}
