using Npgsql;

// The references of the lookup benchmarks. Without a database: the least ASP.NET Core does to answer the public lookup's
// JSON (same shape and size as GET /api/v1/public/dossiers/{code}), with no middleware and no logging per request. With
// MINIMAL_DATABASE (a connection string to MotCua's database): the same answer read by the lookup's one statement through
// Npgsql alone, prepared, at /db/… — what any application that reads the database for each lookup pays at least.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var offset = TimeSpan.FromHours(7);
var at = new DateTimeOffset(2026, 12, 1, 9, 30, 0, offset);
PublicStep[] steps = [new("receive", "Bộ phận Một cửa đã tiếp nhận hồ sơ", at), new("processing", "Hồ sơ được chuyển đến bộ phận giải quyết", at.AddHours(1)),
    new("request-supplement", "Yêu cầu bổ sung, hoàn thiện hồ sơ", at.AddHours(2))];
app.MapGet("/api/v1/public/dossiers/{code}", (string code) => TypedResults.Ok(new PublicDossier(
    code, "inProgress", "Đăng ký khai sinh", "N*** V** A*", at, at.AddDays(2), null, "Ủy ban nhân dân phường Long Thủy", false,
    "Hồ sơ đang được giải quyết.", true, 0, steps)));

await using var source = Environment.GetEnvironmentVariable("MINIMAL_DATABASE") is { Length: > 0 } connectionString
    ? NpgsqlDataSource.Create(connectionString) : null;
if (source is not null)
{
    app.MapGet("/db/api/v1/public/dossiers/{code}", async (string code, CancellationToken ct) =>
        await LookupStatement.ReadAsync(source, code, ct) is { } dossier ? Results.Ok(dossier) : Results.NotFound());
}

await app.RunAsync();

internal sealed record PublicDossier(string Code, string Status, string ProcedureName, string ApplicantName, DateTimeOffset? ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? RescheduledTo, string CurrentUnit, bool CanRate,
    string StatusText, bool BeingProcessed, long AmountOwed, IReadOnlyList<PublicStep> Timeline);

internal sealed record PublicStep(string Type, string Text, DateTimeOffset At);
