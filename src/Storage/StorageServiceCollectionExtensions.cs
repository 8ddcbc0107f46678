using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Calendar;
using VolunteerRecords.Storage.Campaigns;
using VolunteerRecords.Storage.Categories;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Corrections;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Exports;
using VolunteerRecords.Storage.Honours;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Matching;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Migrations;
using VolunteerRecords.Storage.Organizations;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.Proofs;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Stars;
using VolunteerRecords.Storage.Statistics;
using VolunteerRecords.Storage.Teams;
using VolunteerRecords.Storage.Training;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The platform's SQL tables: migrations, accounts, audit trail and the read model.</summary>
    public static IServiceCollection AddVolunteerStorage(this IServiceCollection services, StorageOptions options)
    {
        UtcDateTimeHandler.Register();
        services.AddSingleton(options);
        services.AddSingleton<ISqlConnectionFactory, SqlConnectionFactory>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<IAccountStore, SqlAccountStore>();
        services.AddSingleton<ISessionStore, SqlSessionStore>();
        services.AddSingleton<ISignInThrottle, SqlSignInThrottle>();
        services.AddSingleton<IRegionDirectory, SqlRegionDirectory>();
        services.AddSingleton<IOrganizationReadModel, SqlOrganizationReadModel>();
        services.AddSingleton<IActivityReadModel, SqlActivityReadModel>();
        services.AddSingleton<Supervision.IComplianceReadModel, Supervision.SqlComplianceReadModel>();
        services.AddSingleton<SpotChecks.ISpotCheckStore, SpotChecks.SqlSpotCheckStore>();
        services.AddSingleton<IVolunteerDirectory, SqlVolunteerDirectory>();
        services.AddSingleton<IVolunteerLists, SqlVolunteerLists>();
        services.AddSingleton<IMembershipStore, SqlMembershipStore>();
        services.AddSingleton<ISanctionStore, SqlSanctionStore>();
        services.AddSingleton<ICorrectionRequestStore, SqlCorrectionRequestStore>();
        services.AddSingleton<ICalendarStore, SqlCalendarStore>();
        services.AddSingleton<IServiceLedger, SqlServiceLedger>();
        services.AddSingleton<TotalsChecks.ITotalsCheckStore, TotalsChecks.SqlTotalsCheckStore>();
        services.AddSingleton<IParticipantStore, SqlParticipantStore>();
        services.AddSingleton<ICommitmentStore, SqlCommitmentStore>();
        services.AddSingleton<IRecordBook, SqlRecordBook>();
        services.AddSingleton<IServiceClaimStore, SqlServiceClaimStore>();
        services.AddSingleton<ITrainingStore, SqlTrainingStore>();
        services.AddSingleton<ICategoryStore, SqlCategoryStore>();
        services.AddSingleton<IProofPhotoStore, SqlProofPhotoStore>();
        services.AddSingleton<IStarHistory, SqlStarHistory>();
        services.AddSingleton<ICertificateStore, SqlCertificateStore>();
        services.AddSingleton<ITeamStore, SqlTeamStore>();
        services.AddSingleton<IMatchingStore, SqlMatchingStore>();
        services.AddSingleton<ICampaignStore, SqlCampaignStore>();
        services.AddSingleton<IHonourStore, SqlHonourStore>();
        services.AddSingleton<INationalExportStore, SqlNationalExportStore>();
        services.AddSingleton<IStatisticsStore, SqlStatisticsStore>();
        services.AddSingleton<IAlertStore, SqlAlertStore>();
        return services;
    }
}
