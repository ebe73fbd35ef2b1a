using Microsoft.AspNetCore.Http;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>
/// The historical import writes past EF Core's save pipeline (<see cref="BulkDossiers"/>: COPY on PostgreSQL, prepared
/// inserts on SQLite) and does the save interceptors' work itself. The same replayed dossiers, written once through the
/// save pipeline (<see cref="DossierBatches"/>) and once in bulk, each in a transaction rolled back afterwards, must
/// leave every row of the tables either writes exactly alike: dossiers, events with their chain hashes, the chains'
/// heads, the stored tallies and the daily aggregates.
/// </summary>
public abstract class BulkDossierWritingTests(MotCuaApp app) : ProviderTests(app)
{
    private static readonly string[] Tables = ["Dossiers", "DossierEvents", "ChainHeads", "DossierTallies", "DailyAggregates"];

    [Fact]
    public async Task The_bulk_writer_stores_exactly_what_the_save_pipeline_stores()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var lines = Lines().Select(l => JsonSerializer.Deserialize<ImportLine>(l, ApiSetup.Json)!).ToList();
        lines.SelectMany(ImportLineRules.Validate).ShouldBeEmpty();
        var replayed = await scope.ServiceProvider.GetRequiredService<ImportedDossierWriter>().ReplayAsync(lines, Ct);
        var calendars = scope.ServiceProvider.GetRequiredService<CalendarCache>();

        var before = await RowsAsync(db);
        var saved = await WrittenAsync(db, () => DossierBatches.WriteAsync(db, replayed, Ct));
        var bulk = await WrittenAsync(db, () => BulkDossiers.WriteAsync(db, calendars, App.Clock, replayed, Ct));

        var after = await RowsAsync(db);
        foreach (var table in Tables)
        {
            bulk[table].ShouldBe(saved[table], $"{table}: {string.Join("\n", bulk[table].Except(saved[table]).Take(3))}");
            saved[table].Except(before[table]).ShouldNotBeEmpty(table);
            after[table].ShouldBe(before[table], table);
        }
    }

    /// <summary>A code taken between the import's check and its write (another import of the same file) fails the whole file with a 409: nothing of it stays.</summary>
    [Fact]
    public async Task A_file_whose_code_was_taken_meanwhile_is_a_conflict_and_leaves_no_row_behind()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<ImportedDossierWriter>();
        var lines = Lines().Select(l => JsonSerializer.Deserialize<ImportLine>(l, ApiSetup.Json)!).ToList();
        (await writer.WriteAsync([lines[^1]], Ct)).ShouldBeNull();
        var before = await RowsAsync(db);

        var conflict = await writer.WriteAsync(lines, Ct);

        conflict.ShouldNotBeNull().Status.ShouldBe(StatusCodes.Status409Conflict);

        db.ChangeTracker.Clear();
        var after = await RowsAsync(db);
        foreach (var table in Tables)
        {
            after[table].ShouldBe(before[table], table);
        }

        (await db.Dossiers.CountAsync(d => lines.Select(l => l.Code).Contains(d.Code), Ct)).ShouldBe(1);
    }

    /// <summary>The tables' rows after <paramref name="write"/>, in a transaction then rolled back.</summary>
    private static async Task<Dictionary<string, List<string>>> WrittenAsync(MotCuaDbContext db, Func<Task> write)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        await write();
        var rows = await RowsAsync(db);
        await transaction.RollbackAsync(Ct);
        db.ChangeTracker.Clear();
        return rows;
    }

    /// <summary>Every row of <see cref="Tables"/> as the provider gives it back, one text a row, sorted.</summary>
    private static async Task<Dictionary<string, List<string>>> RowsAsync(MotCuaDbContext db)
    {
        var rows = new Dictionary<string, List<string>>();
        await db.Database.OpenConnectionAsync(Ct);
        try
        {
            foreach (var table in Tables)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                await using var reader = await command.ExecuteReaderAsync(Ct);
                var texts = new List<string>();
                while (await reader.ReadAsync(Ct))
                {
                    texts.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Text(reader.GetValue(i))}")));
                }

                rows[table] = [.. texts.Order(StringComparer.Ordinal)];
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rows;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "null",
        DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>Lines that use every field an import can fill: payments at local instants, signatures, ratings, apologies with and without a new appointment, supplements, transfers, a given due instant.</summary>
    private static IEnumerable<string> Lines()
    {
        const string Signature = "\"resultSignature\":{\"signer\":\"UBND phường Long Thủy\",\"organization\":\"UBND\",\"serialNumber\":\"5403A1B2C3\",\"issuer\":\"VNPT CA\",\"signedAt\":\"2024-03-04T15:00:00+07:00\"}";
        yield return HistoricalImportTests.Line(HistoricalImportTests.UniqueCode(),
            """[{"type":"assign","at":"2024-03-04T09:00:00+07:00","note":"chuyenvien.xa"},{"type":"approve","at":"2024-03-04T14:00:00+07:00"},{"type":"issue-result","at":"2024-03-04T15:00:00+07:00"},{"type":"return-result","at":"2024-03-05T08:00:00+07:00"}]""",
            $$""","rating":{"at":"2024-03-06T08:00:00+07:00","level":"verySatisfied"},"payments":[{"at":"2024-03-04T08:10:00+07:00","amount":8000,"online":true},{"at":"2024-03-04T08:20:00+07:00","amount":2000}],"resultKind":"electronic","vneid":true,"synchronizedAt":"2024-03-05T09:00:00+07:00","resultPushedToPersonalStore":true,{{Signature}}""");
        yield return HistoricalImportTests.Line(HistoricalImportTests.UniqueCode(), """[{"type":"request-supplement","at":"2024-03-04T10:00:00+07:00","note":"Thiếu giấy chứng sinh"}]""", ""","feeExempt":true""");
        yield return HistoricalImportTests.Line(HistoricalImportTests.UniqueCode(),
            """[{"type":"apologize","at":"2024-03-06T09:00:00+07:00","note":"Cần \"xác minh\" thêm","newDueAt":"2024-03-08T16:00:00+07:00"},{"type":"apologize","at":"2024-03-07T09:00:00+07:00"}]""",
            ",\"dueAt\":\"2024-03-05T16:00:00+07:00\"").Replace("""[{"name":"Tờ khai","origin":"upload"}]""", """[{"name":"Tờ khai","originals":2,"copies":1,"origin":"paper"},{"name":"Bản sao","origin":"upload"}]""", StringComparison.Ordinal);
        yield return HistoricalImportTests.Line(HistoricalImportTests.UniqueCode(),
            """[{"type":"transfer","at":"2024-03-04T09:00:00+07:00","unitCode":"PL-VPDKDD"},{"type":"pause","at":"2024-03-04T10:00:00+07:00"},{"type":"resume","at":"2024-03-06T10:00:00+07:00"}]""");
        yield return HistoricalImportTests.Line(HistoricalImportTests.UniqueCode(), "[]");
    }
}

[Collection(SqliteGroup.Name)]
public sealed class BulkDossierWritingTestsOnSqlite(SqliteApp app) : BulkDossierWritingTests(app);

[Collection(PostgresGroup.Name)]
public sealed class BulkDossierWritingTestsOnPostgres(PostgresApp app) : BulkDossierWritingTests(app);
