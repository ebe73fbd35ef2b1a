using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>
/// The due time intake gives, pinned to the minute and worked out by hand (DOMAIN.md §2, "Due date"): the Long Thủy
/// ward works 07:30–11:30 and 13:00–17:00, so a working day is 8 hours; birth registration takes 1 working day;
/// a certified copy asked before 15:00 is returned at 17:00 the same day, otherwise at 17:00 the next working day.
/// The cases run in one test, in date order: a FakeTimeProvider never goes back, and this collection's application (its
/// own, so that no other test sees these dates) keeps one clock.
/// </summary>
public abstract class IntakeDueTests(MotCuaApp app) : ProviderTests(app)
{
    private const string CertifiedCopy = "2.000815.000.00.00.H10";

    [Fact]
    public async Task Intake_gives_the_due_time_worked_out_by_hand_in_the_morning_after_the_cutoff_before_Tet_and_in_a_units_own_hours()
    {
        // A working morning. Tue 4 Mar 2025 09:00: 2 h 30 to 11:30 and 4 h from 13:00 are 6 h 30 that day; the 1 h 30
        // left runs from Wednesday 07:30 to 09:00.
        At("2025-03-04T09:00:00+07:00");
        Times(await ReceiveAsync(DossierRequests.Birth())).ShouldBe(("2025-03-04T09:00:00+07:00", "2025-03-05T09:00:00+07:00"));

        // A certified copy on Wed 5 Mar 2025: at 14:59, before the 15:00 cut-off, 17:00 that day; at 15:30, after it,
        // Thursday 17:00.
        At("2025-03-05T14:59:00+07:00");
        Times(await ReceiveAsync(CertifiedCopyRequest())).ShouldBe(("2025-03-05T14:59:00+07:00", "2025-03-05T17:00:00+07:00"));
        At("2025-03-05T15:30:00+07:00");
        Times(await ReceiveAsync(CertifiedCopyRequest())).ShouldBe(("2025-03-05T15:30:00+07:00", "2025-03-06T17:00:00+07:00"));

        // Across Tết. Fri 13 Feb 2026 16:00: 1 h that day. Thông báo 9441/TB-BNV: Tết Mon 16 – Fri 20 Feb, so the next
        // working day is Mon 23 Feb; the 7 h left are 07:30–11:30 and 13:00–16:00.
        At("2026-02-13T16:00:00+07:00");
        Times(await ReceiveAsync(DossierRequests.Birth())).ShouldBe(("2026-02-13T16:00:00+07:00", "2026-02-23T16:00:00+07:00"));

        // A unit with its own hours. The ward moves to 07:00–11:30 and 13:00–16:30 (still 8 h). Tue 24 Feb 2026 16:45 is
        // after its closing, so the day runs from Wednesday 07:00: 4 h 30 to 11:30, 3 h 30 to 16:30. (The standard
        // hours would give 16:45.)
        At("2026-02-24T16:45:00+07:00");
        var admin = await App.SignedInAsync("admin");
        var hours = $"/api/v1/units/{DossierRequests.Ward}/working-hours";
        (await admin.PutAsJsonAsync(hours, new { unitCode = DossierRequests.Ward, periods = "07:00-11:30,13:00-16:30", isDefault = false }, Ct)).EnsureSuccessStatusCode();
        try
        {
            Times(await ReceiveAsync(DossierRequests.Birth())).ShouldBe(("2026-02-24T16:45:00+07:00", "2026-02-25T16:30:00+07:00"));
        }
        finally
        {
            (await admin.PutAsJsonAsync(hours, new { unitCode = DossierRequests.Ward, periods = "", isDefault = true }, Ct)).EnsureSuccessStatusCode();
        }
    }

    private void At(string instant) => App.Clock.SetUtcNow(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

    private static Dictionary<string, object?> CertifiedCopyRequest()
    {
        var request = DossierRequests.Birth();
        request["procedureCode"] = CertifiedCopy;
        request["components"] = new[] { new { name = "Bản chính giấy tờ, văn bản làm cơ sở chứng thực bản sao", originals = 1, copies = 0, origin = "paper" } };
        return request;
    }

    private async Task<JsonElement> ReceiveAsync(Dictionary<string, object?> request)
    {
        var code = await App.ReceiveAsync(request);
        return await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
    }

    private static (string? Received, string? Due) Times(JsonElement dossier) =>
        (dossier.GetProperty("receivedAt").GetString(), dossier.GetProperty("dueAt").GetString());
}

[Collection(SqliteFixedClockGroup.Name)]
public sealed class IntakeDueTestsOnSqlite(SqliteLaterApp app) : IntakeDueTests(app);

[Collection(PostgresFixedClockGroup.Name)]
public sealed class IntakeDueTestsOnPostgres(PostgresLaterApp app) : IntakeDueTests(app);
