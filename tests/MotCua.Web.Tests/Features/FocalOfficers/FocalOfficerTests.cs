using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.FocalOfficers;

/// <summary>The focal officer and one-stop desk lists: kept by the KSTTHC office, read and exported by the unit's officers.</summary>
public abstract class FocalOfficerTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_desk_officer_listed_with_contacts_reads_back_and_exports_and_bad_contacts_save_nothing()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var name = $"Nguyễn Thị {Guid.NewGuid().ToString("N")[..6]}";
        var added = await kstt.PostAsJsonAsync("/api/v1/focal-officers", new
        {
            unitCode = "PL-LONGTHUY-MC", kind = "deskOfficer", fullName = name, position = "Công chức Tư pháp - Hộ tịch", field = "Hộ tịch, chứng thực",
            phone = "0912 345 678", email = "hotich@longthuy.example.vn", assignedBy = "Quyết định số 403/QĐ-UBND",
        }, Ct);
        var before = await App.QueryAsync(db => db.FocalOfficers.CountAsync(Ct));
        var bad = await kstt.PostAsJsonAsync("/api/v1/focal-officers", new { unitCode = "PL-LONGTHUY-MC", kind = "boss", fullName = "", position = "x", phone = "12345" }, Ct);
        var specialist = await (await App.SignedInAsync("chuyenvien.xa")).PostAsJsonAsync("/api/v1/focal-officers", new { unitCode = "PL-LONGTHUY", kind = "kstt", fullName = "A", position = "B" }, Ct);

        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["kind", "fullName", "phone"], ignoreOrder: true);
        specialist.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.QueryAsync(db => db.FocalOfficers.CountAsync(Ct))).ShouldBe(before);
        var ward = await App.SignedInAsync("lanhdao.xa");
        var list = await ward.GetFromJsonAsync<JsonElement>("/api/v1/focal-officers?unitCode=PL-LONGTHUY&kind=deskOfficer", Ct);
        var listed = list.EnumerateArray().Single(o => o.GetProperty("fullName").GetString() == name);
        listed.GetProperty("phone").GetString().ShouldBe("0912345678");
        listed.GetProperty("unitCode").GetString().ShouldBe("PL-LONGTHUY-MC");
        (await (await App.SignedInAsync("chuyenvien.bgm")).GetFromJsonAsync<JsonElement>("/api/v1/focal-officers", Ct)).EnumerateArray()
            .ShouldNotContain(o => o.GetProperty("fullName").GetString() == name);
        var export = await ward.GetAsync("/api/v1/focal-officers/export?unitCode=PL-LONGTHUY", Ct);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct)));
        workbook.Worksheets.First().RowsUsed().ShouldContain(r => r.CellsUsed().Any(c => c.GetString() == name));
    }

    [Fact]
    public async Task The_lists_print_as_the_units_paper_with_the_motto_header_one_table_per_role_and_a_unit_is_required()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var (focal, desk) = ($"Trần Văn {Guid.NewGuid().ToString("N")[..6]}", $"Lê Thị {Guid.NewGuid().ToString("N")[..6]}");
        (await kstt.PostAsJsonAsync("/api/v1/focal-officers", new { unitCode = "PL-THACMO", kind = "kstt", fullName = focal, position = "Công chức Văn phòng - Thống kê", phone = "0912000111" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await kstt.PostAsJsonAsync("/api/v1/focal-officers", new { unitCode = "PL-THACMO-MC", kind = "deskOfficer", fullName = desk, position = "Công chức Địa chính", field = "Đất đai" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var pdf = await (await App.SignedInAsync("lanhdao.thacmo")).GetAsync("/api/v1/focal-officers/print?unitCode=PL-THACMO", Ct);
        var unitless = await kstt.GetAsync("/api/v1/focal-officers/print", Ct);

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync(Ct));
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
        await PdfTools.ShouldEmbedSerifFontsOnlyAsync(bytes);
        var text = await PdfTools.WordsAsync(bytes);
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("DANH SÁCH CÁN BỘ ĐẦU MỐI KIỂM SOÁT THỦ TỤC HÀNH CHÍNH");
        text.IndexOf("Cán bộ đầu mối KSTTHC", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf(focal, StringComparison.Ordinal));
        text.IndexOf(focal, StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("Công chức làm việc tại Bộ phận Một cửa", StringComparison.Ordinal));
        text.ShouldContain(desk);
        text.ShouldContain("THỦ TRƯỞNG ĐƠN VỊ");
        (await unitless.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["unitCode"]);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class FocalOfficerTestsOnSqlite(SqliteApp app) : FocalOfficerTests(app);

[Collection(PostgresGroup.Name)]
public sealed class FocalOfficerTestsOnPostgres(PostgresApp app) : FocalOfficerTests(app);
