using System.Globalization;

namespace K8sTyped.BuildOverhead;

/// <summary>The runner's command line.</summary>
internal sealed record RunnerOptions(int Rounds, IReadOnlyList<int> Units, bool MariaDb)
{
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RunnerOptions(5, [10, 100, 1000], true);
        for (int i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--rounds" when i + 1 < args.Count => options with { Rounds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--units" when i + 1 < args.Count => options with
                {
                    Units = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToArray(),
                },
                "--no-mariadb" => options with { MariaDb = false },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'; usage: [--rounds N] [--units 10,100,1000] [--no-mariadb]"),
            };
        }

        return options;
    }

    /// <summary>The repository this runner was built from (the folder holding K8sTyped.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "K8sTyped.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("K8sTyped.sln not found above " + AppContext.BaseDirectory);
    }
}
