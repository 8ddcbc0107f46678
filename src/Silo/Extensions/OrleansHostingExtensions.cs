using System.Net;
using Orleans.Configuration;
using Orleans.Connections.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Extensions;

public static class OrleansHostingExtensions
{
    /// <summary>
    /// The Orleans silo in this process. Embedded: localhost clustering and in-memory reminders, grain state in SQLite.
    /// PostgreSQL: clustering, grain state and reminders all in the database, so several silos form one cluster.
    /// </summary>
    public static WebApplicationBuilder AddVolunteerSilo(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetStorageOptions();
        var orleans = builder.Configuration.GetSection(OrleansHostOptions.SectionName).Get<OrleansHostOptions>() ?? new OrleansHostOptions();
        var connectionString = new SqlConnectionFactory(storage).ConnectionString;
        if (orleans.IsExposed && !orleans.Tls.IsConfigured)
        {
            throw new InvalidOperationException(
                "Orleans:ListenOnAnyHostAddress or Orleans:AdvertisedIPAddress opens the silo's ports beyond this machine, where any "
                + "Orleans client could call any grain as anyone. Set Orleans:Tls:CertificatePath (a .pfx shared by every node; "
                + "README, \"A cluster of several silos\") or keep the silo on the loopback.");
        }

        var certificate = orleans.Tls.IsConfigured ? orleans.Tls.Load() : null;

        builder.Host.UseOrleans(silo =>
        {
            // The ServiceId is part of every stored grain key: it must never change once data exists.
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans.ClusterId;
                o.ServiceId = orleans.ServiceId;
            });

            silo.AddOutgoingGrainCallFilter<RetryAfterSiloLossFilter>();
            // A killed silo is voted out after two missed probes of 3 s instead of Orleans' three of 5 s, so that its
            // membership entry stops steering placement sooner; still tolerant of a garbage-collection pause on a busy
            // two-core node. Its grains serve again on the survivor as soon as its connections drop (about 2 s in the
            // Chaos bench, README "A cluster of several silos").
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(3);
                o.NumMissedProbesLimit = 2;
            });
            if (certificate is not null)
            {
                silo.UseTls(certificate, tls =>
                {
                    tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
                    tls.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
                    // Pinned: a peer is one of ours when it presents the cluster's own certificate, whoever signed it.
                    tls.RemoteCertificateValidation = (remote, _, _) => string.Equals(remote.Thumbprint, certificate.Thumbprint, StringComparison.OrdinalIgnoreCase);
                });
            }

            if (storage.Provider == StorageProvider.Sqlite)
            {
                silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
                silo.UseInMemoryReminderService();
                silo.AddAdoNetGrainStorage(StorageNames.Records, o =>
                {
                    o.Invariant = AdoNetInvariants.Sqlite;
                    o.ConnectionString = connectionString;
                });
            }
            else
            {
                silo.ConfigureEndpoints(
                    string.IsNullOrWhiteSpace(orleans.AdvertisedIPAddress) ? IPAddress.Loopback : IPAddress.Parse(orleans.AdvertisedIPAddress),
                    orleans.SiloPort,
                    orleans.GatewayPort,
                    listenOnAnyHostAddress: orleans.ListenOnAnyHostAddress);
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = AdoNetInvariants.PostgreSql;
                    o.ConnectionString = connectionString;
                });
                silo.UseAdoNetReminderService(o =>
                {
                    o.Invariant = AdoNetInvariants.PostgreSql;
                    o.ConnectionString = connectionString;
                });
                silo.AddAdoNetGrainStorage(StorageNames.Records, o =>
                {
                    o.Invariant = AdoNetInvariants.PostgreSql;
                    o.ConnectionString = connectionString;
                });
            }
        });

        // A stopping silo hands its grains over and lets in-flight calls finish before the process exits.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }
}
