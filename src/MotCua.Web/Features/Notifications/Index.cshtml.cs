using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Notifications;

/// <summary>The administrator's view of the outbox: its counts, the failed or pending messages, and a resend for each.</summary>
public sealed class IndexModel(ListOutboxMessages list, ResendOutboxMessage resend, MotCuaDbContext db, IOptions<NotificationOptions> options) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    // Not "page": Razor Pages keeps that route value for the page path, so it would never bind.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<OutboxMessageInfo>? Result { get; private set; }

    public OutboxFigures? Figures { get; private set; }

    public bool Resent { get; private set; }

    /// <summary>Whether the page lists <paramref name="state"/>; null: the failed messages, the default.</summary>
    public bool Shows(string? state) => (State ?? ListOutboxMessages.FailedState) == (state ?? ListOutboxMessages.FailedState);

    public Task OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken ct)
    {
        var resent = await resend.HandleAsync(id, ct);
        if (resent.Failed)
        {
            Refuse(resent.Error);
            await ShowAsync(ct);
            return Page();
        }

        return RedirectToPage("/Notifications/Index", new { state = State, resent = true });
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        Resent = Request.Query.ContainsKey("resent");
        Figures = await OutboxFigures.ReadAsync(db, options.Value.MaxAttempts, ct);
        var page = PageRequest.From(PageNumber, 50);
        var listed = page.Failed ? page.Error : await list.HandleAsync(State, page.Value, ct);
        if (listed.Failed)
        {
            Refuse(listed.Error);
            return;
        }

        Result = listed.Value;
    }

    /// <summary>What the provider's delivery receipt said of a sent message.</summary>
    public static string Delivery(OutboxMessageInfo message) => message switch
    {
        { DeliveredAt: { } at } => Text.Pick($"Đã đến máy người nhận lúc {Local(at)}", $"Delivered at {Local(at)}"),
        { DeliveryFailedAt: { } at } => Text.Pick($"Không đến được ({Local(at)}): {message.DeliveryError}", $"Not delivered ({Local(at)}): {message.DeliveryError}"),
        _ => Text.Pick("Chưa có báo nhận", "No receipt yet"),
    };

    public static string Local(DateTimeOffset at) => at.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["state"] = State, ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
