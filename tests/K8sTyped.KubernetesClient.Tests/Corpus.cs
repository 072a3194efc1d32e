using K8sTyped.Models;
using MariaDb;
using MySql;
using PvLog;
using StorageClasses;

namespace K8sTyped.KubernetesClient.Tests;

/// <summary>Every object the conversions are tested on: the samples' applications and the fixtures' hand-written YAML.</summary>
internal static class Corpus
{
    public static readonly IReadOnlyDictionary<string, Func<Application>> Samples = new Dictionary<string, Func<Application>>
    {
        ["mariadb"] = MariaDbManifests.Build,
        ["mysql"] = MySqlManifests.Build,
        ["pv-log"] = PvLogManifests.Build,
        ["storage-classes"] = StorageClassesManifests.Build,
    };

    public static IEnumerable<string> FixtureFiles =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>Every object of one corpus entry: a sample name or a fixture file.</summary>
    public static IReadOnlyList<IKubernetesObject> Objects(string entry)
    {
        if (Samples.TryGetValue(entry, out var build)) return build().Objects;
        var read = KubernetesYaml.ReadFile(Path.Combine(AppContext.BaseDirectory, entry));
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        return read.Objects;
    }

    public static TheoryData<string> Entries => new(Samples.Keys.Concat(FixtureFiles));
}
