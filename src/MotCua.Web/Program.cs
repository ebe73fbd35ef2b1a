using MotCua.Web.Backups;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using MotCua.Web.Data.Seed;
using MotCua.Web.Documents;
using MotCua.Web.Files;
using MotCua.Web.Jobs;
using MotCua.Web.Features.Account;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Catalog;
using MotCua.Web.Features.Connections;
using MotCua.Web.Features.Dashboard;
using MotCua.Web.Features.Citizens;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Indicators;
using MotCua.Web.Features.Integrity;
using MotCua.Web.Features.NationalPortal;
using MotCua.Web.Features.Notifications;
using MotCua.Web.Features.Organization;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.PersonalData;
using MotCua.Web.Features.Plans;
using MotCua.Web.Features.FocalOfficers;
using MotCua.Web.Features.Publications;
using MotCua.Web.Features.Portal;
using MotCua.Web.Features.Reports;
using MotCua.Web.Features.Reviews;
using MotCua.Web.Features.Targets;
using MotCua.Web.Notifications;
using MotCua.Web.Signing;
using Serilog;

var builder = WebApplication.CreateBuilder(AppFolder.Options(args));
// Sinks from configuration (console, file), and any registered as a service (the tests' capture). The host keeps its
// own logger rather than the process-wide static one, so that hosts sharing a process (the tests) log each to its own.
builder.Host.UseSerilog((context, services, logger) => logger.ReadFrom.Configuration(context.Configuration).ReadFrom.Services(services), preserveStaticLogger: true);
builder.Services
    .AddMotCuaApi()
    .AddPublicAddress()
    .AddSiteOffice(builder.Configuration)
    .AddMotCuaTelemetry(builder.Configuration)
    .AddMotCuaDatabase(builder.Configuration, builder.Environment)
    .AddMotCuaSecurity(builder.Configuration, builder.Environment)
    .AddMotCuaPages()
    .AddMotCuaThrottling(builder.Configuration)
    .AddAccount()
    .AddOrganization()
    .AddCalendar()
    .AddCatalog()
    .AddDossiers()
    .AddPersonalData()
    .AddPayments(builder.Configuration)
    .AddPortal()
    .AddFeedback()
    .AddIndicators()
    .AddReports()
    .AddDashboard()
    .AddTargets()
    .AddCitizens()
    .AddPlans()
    .AddPublication()
    .AddFocalOfficers()
    .AddReviews()
    .AddDocuments()
    .AddFiles()
    .AddBackups()
    .AddIntegrity()
    .AddOutsideConnections()
    .AddSigning(builder.Configuration)
    .AddNotifications(builder.Configuration)
    .AddOutboxAdministration()
    .AddConnectionsAdministration()
    .AddNationalPortal(builder.Configuration)
    .AddJobs(builder.Configuration)
    .AddIdempotency(builder.Configuration)
    .AddScoped<DemoData>()
    .AddScoped<DemoDossiers>()
    .AddScoped<DemoHistory>()
    .AddScoped<DemoReform>()
    .AddScoped<DemoFeedback>()
    .AddScoped<DemoPlans>()
    .AddScoped<DemoCitizen>();

var app = builder.Build();
if (await CommandLine.RunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

app.LogConfigurationFiles();
app.RequirePublicAddress();
app.RefuseStandInsInProduction();
await app.PrepareDatabaseAsync();
app.UseMotCuaSecurity();
app.UseMotCuaApi();
app.UseStaticFiles();

// Routing after the error pages, so that re-executing /Error finds its endpoint.
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<SessionValidation>();
app.UseMiddleware<TwoFactorGate>();
app.UseCookieApiAntiforgery();
app.UseAuthorization();
app.UseRateLimiter();
app.UseMiddleware<IdempotencyMiddleware>();
app.MapHealthChecks("/health", HealthReportJson.Options);
app.MapRazorPages();
// Secure by default: every API route needs a signed-in caller unless it says AllowAnonymous; its feature names the policy.
var routes = app.MapGroup(string.Empty).RequireAuthorization();
routes.MapAccount();
routes.MapOrganization();
routes.MapCalendar();
routes.MapCatalog();
routes.MapDossiers();
routes.MapPersonalData();
routes.MapPayments();
routes.MapPortal();
routes.MapFeedback();
routes.MapIndicators();
routes.MapReports();
routes.MapDashboard();
routes.MapTargets();
routes.MapCitizens();
routes.MapPlans();
routes.MapPublication();
routes.MapFocalOfficers();
routes.MapReviews();
routes.MapIntegrity();
routes.MapOutboxAdministration();
routes.MapConnectionsAdministration();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
