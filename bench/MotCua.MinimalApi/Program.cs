// The reference of the lookup benchmarks: the least ASP.NET Core does to answer the public lookup's JSON (same shape and
// size as GET /api/v1/public/dossiers/{code}), with no database, no middleware and no logging per request.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var offset = TimeSpan.FromHours(7);
app.MapGet("/api/v1/public/dossiers/{code}", (string code) => TypedResults.Ok(new PublicDossier(
    code, "inProgress", "Đăng ký khai sinh", "N*** V** A*", new DateTimeOffset(2026, 12, 1, 9, 30, 0, offset),
    new DateTimeOffset(2026, 12, 3, 9, 30, 0, offset), null, "Ủy ban nhân dân phường Long Thủy", false)));
await app.RunAsync();

internal sealed record PublicDossier(string Code, string Status, string ProcedureName, string ApplicantName, DateTimeOffset? ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? RescheduledTo, string CurrentUnit, bool CanRate);
