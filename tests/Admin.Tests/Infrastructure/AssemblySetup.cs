using VolunteerRecords.Admin.Tests.Infrastructure;

// Hangfire keeps its storage in a static; the tests share one platform and run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: AssemblyFixture(typeof(AppFixture))]
