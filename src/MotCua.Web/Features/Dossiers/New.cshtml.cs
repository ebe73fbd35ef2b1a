using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Organization;
using MotCua.Web.Files;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// The desk's intake form: pick one of the desk's most used procedures or find another (without diacritics is fine),
/// the applicant (a returning one by ID number), tick the components received, and issue the code and appointment.
/// </summary>
public sealed class NewModel(
    SearchProcedures search, GetProcedure getProcedure, ListUnits units, DeskUnits deskUnits, FindApplicant findApplicant, ReceiveDossier receive,
    AttachFile attach, MostUsedProcedures mostUsed, IOptions<FileStoreOptions> files) : FormPage
{
    public static IReadOnlyList<(string Value, string Label)> Origins =>
        new[] { ComponentOrigin.Paper, ComponentOrigin.Scan, ComponentOrigin.Upload, ComponentOrigin.Reuse, ComponentOrigin.PopulationDb }
            .Select(o => (JsonNamingPolicy.CamelCase.ConvertName(o.ToString()), DossierLabels.Origin(o))).ToList();

    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty(SupportsGet = true, Name = "procedure")]
    public string? ProcedureCode { get; set; }

    [BindProperty]
    public IntakeForm Form { get; set; } = new();

    public IReadOnlyList<ProcedureSummary> Candidates { get; private set; } = [];

    /// <summary>Before any search, the procedures this desk receives most.</summary>
    public IReadOnlyList<FrequentProcedure> MostUsed { get; private set; } = [];

    public ProcedureDetail? Procedure { get; private set; }

    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The procedure's units this officer's desk receives for.</summary>
    public IReadOnlyList<string> Units { get; private set; } = [];

    /// <summary>For a location-independent procedure, the units of his province his desk receives for across the boundary.</summary>
    public IReadOnlyList<string> AcrossBoundary { get; private set; } = [];

    /// <summary>Where the applicant may collect the result of a dossier received for another unit (<see cref="ResultPlace"/>).</summary>
    public static IReadOnlyList<(string Value, string Label)> ResultPlaces =>
    [
        (ResultPlace.Receiving, Text.Pick("Tại nơi tiếp nhận hồ sơ (Bộ phận Một cửa này)", "Where the dossier is received (this desk)")),
        (ResultPlace.Resolving, Text.Pick("Tại Bộ phận Một cửa của cơ quan giải quyết", "At the desk serving the resolving unit")),
    ];

    public IEnumerable<(string Field, string Label, string? Value, string Type)> ApplicantFields =>
    [
        ("FullName", Text.Pick("Họ và tên", "Full name"), Form.FullName, "text"),
        ("IdNumber", Text.Pick("Số định danh cá nhân (CCCD 12 số / CMND 9 số)", "Personal ID number"), Form.IdNumber, "text"),
        ("Phone", Text.Pick("Điện thoại", "Phone"), Form.Phone, "tel"),
        ("Email", Text.Pick("Thư điện tử", "E-mail"), Form.Email, "email"),
        ("Address", Text.Pick("Địa chỉ", "Address"), Form.Address, "text"),
        ("Organization", Text.Pick("Tổ chức (nếu nộp thay tổ chức)", "Organization (if any)"), Form.Organization, "text"),
    ];

    /// <summary>What one fee comes to for the copies asked, as the receipt will print it (<see cref="FeesOwed"/>).</summary>
    public long Owed(Fee fee) => FeesOwed.Total([fee], Form.ResultCopies, Form.FeeExempt);

    public long OwedTotal => FeesOwed.Total(Procedure?.Fees ?? [], Form.ResultCopies, Form.FeeExempt);

    public async Task OnGetAsync(string? idNumber, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await findApplicant.HandleAsync(idNumber, ct) is { } known)
        {
            Form = Form with { FullName = known.FullName, IdNumber = known.IdNumber, Phone = known.Phone, Email = known.Email, Address = known.Address, Organization = known.Organization };
        }
        else
        {
            Form = Form with { IdNumber = idNumber };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new IntakeRequest(ProcedureCode, Form.UnitCode, Form.Channel,
            new ApplicantInput(Form.FullName, Form.IdNumber, Form.Phone, Form.Email, Form.Address, Form.Organization),
            Form.Components.Where(c => c.Received).Select(c => new ComponentInput(c.Name, c.Originals, c.Copies, c.Origin)).ToList(),
            Form.Vneid,
            Form.FeeExempt,
            Form.ResultCopies,
            ResultAt: await ResultAtAsync(ct));
        // Every scan is checked before the dossier is received, so a bad file leaves nothing behind.
        var scans = await ScansAsync(ct);
        var outcome = scans.Failed ? scans.Error : await receive.HandleAsync(request, ct);
        if (!outcome.Failed)
        {
            foreach (var (component, file) in scans.Value)
            {
                await attach.AttachAsync(outcome.Value.Code, component, file, ct);
            }

            TempData[DossierFlash.Key] = DossierFlash.Received(outcome.Value);
            return RedirectToPage("/Dossiers/Detail", new { code = outcome.Value.Code });
        }

        Refuse(outcome.Error);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The place chosen for the result, sent only for a unit his desk does not serve: for his own, the result is returned at his desk.</summary>
    private async Task<string?> ResultAtAsync(CancellationToken ct) =>
        Form.UnitCode is { Length: > 0 } unit && (await deskUnits.HandleAsync([unit], ct)).Count == 0 ? Form.ResultAt : null;

    /// <summary>The scans chosen for the components ticked as received (input <c>scan-{i}</c> beside component i).</summary>
    private async Task<Outcome<List<(string Component, UploadedFile File)>>> ScansAsync(CancellationToken ct)
    {
        var scans = new List<(string, UploadedFile)>();
        var chosen = Request.HasFormContentType ? Request.Form.Files : null;
        for (int i = 0; i < Form.Components.Count; i++)
        {
            if (Form.Components[i] is { Received: true, Name: { } name } && chosen?.GetFile($"scan-{i}") is { Length: > 0 } file)
            {
                var read = await UploadedFile.ReadAsync(file, files.Value.MaxBytes, FileType.Scans, ct);
                if (read.Failed)
                {
                    return read.Error;
                }

                scans.Add((name, read.Value));
            }
        }

        return scans;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (ProcedureCode is { Length: > 0 } code && await getProcedure.HandleAsync(code, ct) is { Failed: false } found)
        {
            Procedure = found.Value;
            UnitNames = (await units.HandleAsync(includeInactive: false, ct)).ToDictionary(u => u.Code, u => u.Name);
            Units = await deskUnits.HandleAsync(found.Value.UnitCodes, ct);
            AcrossBoundary = found.Value.LocationIndependent ? await deskUnits.AcrossBoundaryAsync(found.Value.UnitCodes, ct) : [];
            return;
        }

        if (string.IsNullOrWhiteSpace(Find))
        {
            MostUsed = await mostUsed.HandleAsync(ct);
        }
        else if (await search.HandleAsync(new ProcedureQuery(Find, null, null, null, null, null), new PageRequest(1, 20), ct) is { Failed: false } result)
        {
            Candidates = result.Value.Items;
        }
    }

    public sealed record IntakeForm
    {
        public string? UnitCode { get; init; }

        public string? Channel { get; init; }

        public string? FullName { get; init; }

        public string? IdNumber { get; init; }

        public string? Phone { get; init; }

        public string? Email { get; init; }

        public string? Address { get; init; }

        public string? Organization { get; init; }

        /// <summary>The desk checked the applicant's identity with his VNeID account.</summary>
        public bool Vneid { get; init; }

        public List<ComponentRow> Components { get; init; } = [];

        public bool FeeExempt { get; init; }

        /// <summary>Copies of the result the applicant asks for: a fee charged on request counts once per copy.</summary>
        public int ResultCopies { get; init; }

        /// <summary>For a dossier received for a unit his desk does not serve, where the applicant collects the result.</summary>
        public string? ResultAt { get; init; }
    }

    public sealed record ComponentRow(bool Received, string? Name, int? Originals, int? Copies, string? Origin);
}
