using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Connections;

/// <summary>The administrator's view of the outside systems: how each is set up, whether it works, and a test send.</summary>
public sealed class IndexModel(ListConnections list, TestConnection test) : FormPage
{
    public IReadOnlyList<ConnectionInfo> Connections { get; private set; } = [];

    /// <summary>The answer to the last test, and which connection it was for.</summary>
    public TestAnswer? Answer { get; private set; }

    public string? TestedKey { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Connections = await list.HandleAsync(ct);

    public async Task<IActionResult> OnPostTestAsync(string key, string? recipient, CancellationToken ct)
    {
        TestedKey = key;
        var answer = await test.HandleAsync(key, recipient, ct);
        if (answer.Failed)
        {
            Refuse(answer.Error);
        }
        else
        {
            Answer = answer.Value;
        }

        Connections = await list.HandleAsync(ct);
        return Page();
    }

    public static string Local(DateTimeOffset? at) =>
        at?.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm:ss dd/MM/yyyy", CultureInfo.InvariantCulture) ?? Text.Pick("chưa có", "never");
}
