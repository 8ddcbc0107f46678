// Build, test, benchmark and publish Volunteer Records.
//   dotnet tool restore && dotnet cake --target=Test
using System.Xml.Linq;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var benchSeconds = Argument("bench-seconds", 5);

var solution = File("./VolunteerRecords.sln");
var artifacts = MakeAbsolute(Directory("./artifacts"));
var testResults = artifacts.Combine("test-results");

Task("Clean")
    .Does(() =>
    {
        CleanDirectory(artifacts);
        DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration });
    });

Task("Restore")
    .Does(() => DotNetRestore(solution));

Task("Build")
    .IsDependentOn("Restore")
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

// Every test project runs, even after a failure, so the totals cover all of them; then the run fails if any test did.
Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
    {
        CleanDirectory(testResults);
        var screenshots = artifacts.Combine("screenshots");
        EnsureDirectoryExists(screenshots);
        var crashed = new List<string>();
        foreach (var project in GetFiles("./tests/*/*.Tests.csproj"))
        {
            var name = project.GetFilenameWithoutExtension().ToString();
            try
            {
                DotNetTest(project.FullPath, new DotNetTestSettings
                {
                    Configuration = configuration,
                    NoBuild = true,
                    NoRestore = true,
                    ResultsDirectory = testResults,
                    Loggers = { $"trx;LogFileName={name}.trx", "console;verbosity=normal" },
                    EnvironmentVariables = { ["VR_SCREENSHOTS"] = screenshots.FullPath },
                });
            }
            catch (Exception exception)
            {
                Warning($"{name}: {exception.Message}");
                crashed.Add(name);
            }
        }

        var outcomes = GetFiles(testResults.FullPath + "/*.trx")
            .SelectMany(file => XDocument.Load(file.FullPath).Descendants().Where(e => e.Name.LocalName == "UnitTestResult"))
            .Select(result => (string)result.Attribute("outcome"))
            .ToList();
        var passed = outcomes.Count(o => o == "Passed");
        var failed = outcomes.Count(o => o == "Failed");
        var skipped = outcomes.Count - passed - failed;
        var summary = $"{passed} passed, {failed} failed, {skipped} skipped";
        System.IO.File.WriteAllText(testResults.CombineWithFilePath("summary.txt").FullPath, summary + "\n");
        Information(summary);

        if (failed > 0 || crashed.Count > 0)
        {
            throw new Exception(crashed.Count > 0 ? $"Test run failed in: {string.Join(", ", crashed)}" : $"{failed} test(s) failed.");
        }
    });

Task("Bench")
    .Does(() =>
    {
        DotNetRun("./bench/VolunteerRecords.Bench/VolunteerRecords.Bench.csproj", new ProcessArgumentBuilder().Append("--seconds").Append(benchSeconds.ToString()), new DotNetRunSettings
        {
            Configuration = "Release",
        });
    });

// The synthetic city: 1,000,000 volunteers and 10,000,000 ledger rows on PostgreSQL (VR_BENCH_POSTGRES), built once and
// reused; --bench-scale=N divides it for a quick run.
Task("BenchCity")
    .Does(() =>
    {
        DotNetRun("./bench/VolunteerRecords.Bench/VolunteerRecords.Bench.csproj", new ProcessArgumentBuilder().Append("--only city").Append("--scale").Append(Argument("bench-scale", 1).ToString()), new DotNetRunSettings
        {
            Configuration = "Release",
        });
    });

// Two silos of the real platform on PostgreSQL (VR_BENCH_POSTGRES), one killed with SIGKILL under certification load
// and restarted; exits non-zero if anything is lost or doubled, a total drifts or the survivor is not ready.
Task("Chaos")
    .Does(() =>
    {
        DotNetRun("./bench/VolunteerRecords.Bench/VolunteerRecords.Bench.csproj", new ProcessArgumentBuilder().Append("--only chaos").Append("--seconds").Append(Argument("chaos-seconds", 40).ToString()), new DotNetRunSettings
        {
            Configuration = "Release",
        });
    });

// The volunteer's own page next to the sign-in page under wrk (32 connections), over 100,000 volunteers and 1,000,000
// ledger rows, on SQLite and (with VR_BENCH_POSTGRES) PostgreSQL; exits non-zero if her page misses the goal.
Task("ProfilePage")
    .Does(() =>
    {
        DotNetRun("./bench/VolunteerRecords.Bench/VolunteerRecords.Bench.csproj", new ProcessArgumentBuilder().Append("--only profile").Append("--seconds").Append(Argument("profile-seconds", 15).ToString()), new DotNetRunSettings
        {
            Configuration = "Release",
        });
    });

Task("Publish")
    .IsDependentOn("Build")
    .Does(() =>
    {
        DotNetPublish("./src/Silo/VolunteerRecords.Silo.csproj", new DotNetPublishSettings
        {
            Configuration = "Release",
            OutputDirectory = artifacts.Combine("publish"),
            NoRestore = true,
        });
    });

Task("Default")
    .IsDependentOn("Test");

RunTarget(target);
