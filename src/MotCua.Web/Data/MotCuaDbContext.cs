using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Citizens;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators.Targets;
using MotCua.Domain.Organization;
using MotCua.Domain.Payments;
using MotCua.Domain.Reports;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data;

/// <summary>
/// The whole model, shared by both providers; each provider has a subclass with its own
/// conventions and migration set (RECIPES.md, "EF Core on two providers").
/// </summary>
public abstract class MotCuaDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitChange> UnitChanges => Set<UnitChange>();

    public DbSet<UnitVersion> UnitVersions => Set<UnitVersion>();

    public DbSet<Reorganization> Reorganizations => Set<Reorganization>();

    public DbSet<ProcedureUnitSpan> ProcedureUnitSpans => Set<ProcedureUnitSpan>();

    /// <summary>
    /// The day from which the unit facts saved now hold, when not today: a reorganization act in force on an earlier day
    /// (<see cref="Features.Organization.UnitVersioning"/> dates the versions from it).
    /// </summary>
    public DateOnly? UnitFactsFrom { get; set; }

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<Citizen> Citizens => Set<Citizen>();

    public DbSet<PasswordResetCode> PasswordResetCodes => Set<PasswordResetCode>();

    public DbSet<OfficerTwoFactor> OfficerTwoFactors => Set<OfficerTwoFactor>();

    public DbSet<OfficerRecoveryCode> OfficerRecoveryCodes => Set<OfficerRecoveryCode>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<ProcedureRevision> ProcedureRevisions => Set<ProcedureRevision>();

    public DbSet<ScheduleYear> ScheduleYears => Set<ScheduleYear>();

    public DbSet<ScheduleDay> ScheduleDays => Set<ScheduleDay>();

    public DbSet<UnitWorkingHours> UnitWorkingHours => Set<UnitWorkingHours>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();

    public DbSet<DossierAttachment> DossierAttachments => Set<DossierAttachment>();

    public DbSet<DossierCounter> DossierCounters => Set<DossierCounter>();

    public DbSet<DailyAggregate> DailyAggregates => Set<DailyAggregate>();

    public DbSet<DossierTallyRow> DossierTallies => Set<DossierTallyRow>();

    public DbSet<KpiTarget> KpiTargets => Set<KpiTarget>();

    public DbSet<FeedbackItem> Feedback => Set<FeedbackItem>();

    public DbSet<FeedbackEvent> FeedbackEvents => Set<FeedbackEvent>();

    public DbSet<FeedbackAttachment> FeedbackAttachments => Set<FeedbackAttachment>();

    public DbSet<FeedbackVote> FeedbackVotes => Set<FeedbackVote>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public DbSet<ReviewPlanItem> ReviewPlanItems => Set<ReviewPlanItem>();

    public DbSet<TaskInstance> TaskInstances => Set<TaskInstance>();

    public DbSet<TaskEvidence> TaskEvidence => Set<TaskEvidence>();

    public DbSet<PublicationDisclosure> PublicationDisclosures => Set<PublicationDisclosure>();

    public DbSet<ProcedureReview> ProcedureReviews => Set<ProcedureReview>();

    public DbSet<FocalOfficer> FocalOfficers => Set<FocalOfficer>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OfficerReminder> OfficerReminders => Set<OfficerReminder>();

    public DbSet<PaymentOrder> PaymentOrders => Set<PaymentOrder>();

    public DbSet<VnpayStandInTransaction> VnpayStandInTransactions => Set<VnpayStandInTransaction>();

    public DbSet<PaymentRefund> PaymentRefunds => Set<PaymentRefund>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<ConnectionHealth> ConnectionHealth => Set<ConnectionHealth>();

    public DbSet<PortalSync> PortalSyncs => Set<PortalSync>();

    public DbSet<FormTemplate> FormTemplates => Set<FormTemplate>();

    public DbSet<ResourceVersion> ResourceVersions => Set<ResourceVersion>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();

    public DbSet<ReportNarrative> ReportNarratives => Set<ReportNarrative>();

    public DbSet<PersonalDataAccess> PersonalDataAccesses => Set<PersonalDataAccess>();

    public DbSet<ExportedDossier> ExportedDossiers => Set<ExportedDossier>();

    public DbSet<ChainHead> ChainHeads => Set<ChainHead>();

    public DbSet<IntegrityAnchor> IntegrityAnchors => Set<IntegrityAnchor>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MotCuaDbContext).Assembly);
}
