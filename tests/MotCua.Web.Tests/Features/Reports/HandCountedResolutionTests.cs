using System.Net;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>
/// Form II.06 (REPORTS.md §2) of the Long Thủy ward for May 2022 by calendar month, over ten birth registrations
/// (1 working day; 07:30–11:30, 13:00–17:00) imported with their histories. May 2022 is before any demo dossier. The
/// expected cells are counted by hand from the rows below, not from the form's own sums.
/// </summary>
public abstract class HandCountedResolutionTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task May_2022_counts_each_seeded_dossier_in_the_column_worked_out_by_hand()
    {
        string[] lines =
        [
            // d1 online, received Mon 9 May 08:00, due Tue 10 08:00, result Mon 15:00: a day early → 4, 8.
            Line("online", "2022-05-09T08:00", Resolved("2022-05-09T15:00")),
            // d2 desk, received Tue 10 May 09:00, due Wed 11 09:00, result Wed 08:30: the due day, before the instant → 5, 9.
            Line("counter", "2022-05-10T09:00", Resolved("2022-05-11T08:30")),
            // d3 desk, received Wed 11 May 09:00, due Thu 12 09:00, result Thu 10:00 → 5, 10.
            Line("counter", "2022-05-11T09:00", Resolved("2022-05-12T10:00")),
            // d4 post, received Thu 12 May 09:00, due Fri 13 09:00, still open on 1 June → 5, 13.
            Line("postal", "2022-05-12T09:00", ""),
            // d5 online, received Fri 13 May 09:00, a supplement asked at 10:00 never brought: its clock stands → 4, 12.
            Line("online", "2022-05-13T09:00", """{"type":"request-supplement","at":"2022-05-13T10:00:00+07:00","note":"Thiếu giấy chứng sinh"}"""),
            // d6 desk, received Thu 28 Apr 09:00, due Fri 29 Apr 09:00, result Mon 9 May → carried over, late → 6, 10.
            Line("counter", "2022-04-28T09:00", Resolved("2022-05-09T10:00")),
            // d7 desk, received and resolved on 20 April: ended before May, not counted.
            Line("counter", "2022-04-20T09:00", Resolved("2022-04-20T15:00")),
            // d8 desk, received Wed 1 June: after May, not counted.
            Line("counter", "2022-06-01T09:00", ""),
            // d9 desk, received Tue 31 May 16:00: 1 h that day, 7 h on Wednesday → due 1 June 16:00, open → 5, 12.
            Line("counter", "2022-05-31T16:00", ""),
            // d10 desk, received Mon 16 May 09:00, refused Fri 27 May: refusals count on time whatever the dates → 5, 9.
            Line("counter", "2022-05-16T09:00", """{"type":"refuse","at":"2022-05-27T09:00:00+07:00","note":"Không thuộc thẩm quyền"}"""),
        ];
        var import = await HistoricalImportTests.Post(await App.SignedInAsync("admin"), string.Join('\n', lines));
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync(Ct));

        var may = (await ReportAsync("2022-M05")).Total();
        var april = (await ReportAsync("2022-M04")).Total();

        // Counted: d1–d6, d9, d10 = 8; online d1, d5; desk or post d2, d3, d4, d9, d10; carried over d6.
        (may.Cell(3), may.Cell(4), may.Cell(5), may.Cell(6)).ShouldBe((8L, 2L, 5L, 1L));
        // Resolved: early d1; on time d2, d10; late d3, d6. In progress: within time d5, d9; overdue d4.
        (may.Cell(7), may.Cell(8), may.Cell(9), may.Cell(10)).ShouldBe((5L, 1L, 2L, 2L));
        (may.Cell(11), may.Cell(12), may.Cell(13)).ShouldBe((3L, 2L, 1L));
        // April: d7 early; d6 open on 1 May and past its due instant — the one May carries over.
        (april.Cell(3), april.Cell(5), april.Cell(8), april.Cell(11), april.Cell(13)).ShouldBe((2L, 2L, 1L, 1L, 1L));
    }

    private Task<JsonElement> ReportAsync(string period) =>
        App.ReportAsync("lanhdao.xa", "II.06", $"unitCode={DossierRequests.Ward}&period={period}&basis=calendar");

    private static string Resolved(string at) =>
        $$"""{"type":"approve","at":"{{at}}:00+07:00"},{"type":"issue-result","at":"{{at}}:00+07:00"}""";

    private static string Line(string channel, string received, string events) =>
        $$"""{"code":"{{HistoricalImportTests.UniqueCode()}}","procedureCode":"{{DossierRequests.BirthRegistration}}","unitCode":"{{DossierRequests.Ward}}","channel":"{{channel}}","applicant":{"fullName":"Trần Thị Đếm"},"receivedAt":"{{received}}:00+07:00","components":[{"name":"Tờ khai","origin":"upload"}],"events":[{{events}}]}""";
}

[Collection(SqliteHandCountGroup.Name)]
public sealed class HandCountedResolutionTestsOnSqlite(SqliteHandCountApp app) : HandCountedResolutionTests(app);

[Collection(PostgresHandCountGroup.Name)]
public sealed class HandCountedResolutionTestsOnPostgres(PostgresHandCountApp app) : HandCountedResolutionTests(app);
