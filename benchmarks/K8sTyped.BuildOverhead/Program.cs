using System.Globalization;
using K8sTyped.BuildOverhead;

// dotnet run -c Release --project benchmarks/K8sTyped.BuildOverhead -- [--rounds 5] [--units 10,100,1000] [--no-mariadb]
// Packs K8sTyped, then for each consumer times a full rebuild and a no-op build with the generator (A) and without it
// (B), A and B in turn, a fresh compiler process per build, and prints medians with the smallest and largest run.
var options = RunnerOptions.Parse(args);
string repositoryRoot = RunnerOptions.RepositoryRoot();
string work = Path.Combine(Path.GetTempPath(), "k8styped-overhead-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
string feed = Path.Combine(work, "feed");
string version = "0.0.0-overhead." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

Console.WriteLine($"K8sTyped build overhead: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {options.Rounds} rounds, work folder {work}");
Dotnet.Run(repositoryRoot, "pack", Path.Combine("src", "K8sTyped.Package"), "-c", "Release", "-o", feed, $"-p:Version={version}", "-nodeReuse:false", "-tl:off", "-v:q");

var scenarios = options.Units.Select(units => (Name: $"{units} units", Units: (int?)units)).ToList();
if (options.MariaDb) scenarios.Add(("MariaDB sample", null));

Console.WriteLine();
Console.WriteLine("| consumer | build | with generator (A) | without (B) | A/B | peak MiB A | peak MiB B |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var (name, units) in scenarios)
{
    string folder = Path.Combine(work, name.Replace(' ', '-'));
    string withGenerator = Path.Combine(folder, "a");
    string without = Path.Combine(folder, "b");
    Consumers.Write(withGenerator, feed, version, withGenerator: true, units, repositoryRoot);
    Consumers.Write(without, feed, version, withGenerator: false, units, repositoryRoot);
    foreach (string project in new[] { withGenerator, without })
    {
        Dotnet.Run(project, "restore", "-nodeReuse:false", "-tl:off", "-v:q");
        Dotnet.Run(project, Builds.Rebuild); // warm the disk cache and check that it builds
    }

    var timings = new Dictionary<(string Build, bool WithGenerator), List<BuildRun>>();
    for (int round = 0; round < options.Rounds; round++)
    {
        // In turn, starting with A and B alternately, so a slow spell of the machine hits both alike.
        bool[] order = round % 2 == 0 ? [true, false] : [false, true];
        foreach (bool a in order)
        {
            string project = a ? withGenerator : without;
            Record(timings, ("rebuild", a), Dotnet.Measure(project, Builds.Rebuild));
            Record(timings, ("no-op", a), Dotnet.Measure(project, Builds.NoOp));
        }
    }

    foreach (string build in new[] { "rebuild", "no-op" })
    {
        var a = Statistics.Of(timings[(build, true)].Select(run => run.Seconds).ToList());
        var b = Statistics.Of(timings[(build, false)].Select(run => run.Seconds).ToList());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {build} | {a} | {b} | {a.Median / b.Median:F2}× | {PeakMiB(timings[(build, true)])} | {PeakMiB(timings[(build, false)])} |"));
    }
}

Console.WriteLine();
Console.WriteLine("Seconds: median [fastest–slowest] of the rounds. Peak: the largest resident set of any one process of the build (the compiler, in a rebuild), median of the rounds; '-' without GNU time.");
Directory.Delete(work, recursive: true);
return 0;

static void Record(Dictionary<(string, bool), List<BuildRun>> timings, (string, bool) key, BuildRun run)
{
    if (!timings.TryGetValue(key, out var list)) timings[key] = list = [];
    list.Add(run);
}

static string PeakMiB(List<BuildRun> runs) =>
    runs.All(run => run.PeakMiB is not null)
        ? Statistics.Of(runs.Select(run => run.PeakMiB!.Value).ToList()).Median.ToString("F0", CultureInfo.InvariantCulture)
        : "-";
