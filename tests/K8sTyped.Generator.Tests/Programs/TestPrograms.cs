namespace K8sTyped.Generator.Tests.Programs;

/// <summary>
/// Manifest programs the differential tests compile, evaluate at build time and run at run time. Each exercises a
/// group of constructs; the expected fragment guards against two equally empty results.
/// </summary>
internal static class TestPrograms
{
    public sealed record Program(string Name, string ClassName, string ExpectedFragment, params string[] Sources)
    {
        public override string ToString() => Name;
    }

    public static readonly Program HelperLoopConstantAndLambda = new(
        "helper method, loop over ports, constant from another class, configure lambda",
        "ShopManifests",
        "minReadySeconds: 20",
        """
        namespace Shop.Settings;

        public static class Defaults
        {
            public const int Replicas = 2 + 1;
            public const string Image = "mariadb:" + "11.4";
            public static readonly string[] PortNames = ["mysql", "metrics"];
        }
        """,
        """
        using K8sTyped;
        using Shop.Settings;

        namespace Shop;

        internal static class Naming
        {
            public static string Component(string app, string part) => $"{app}-{part}".ToLowerInvariant();

            public static int PortNumber(int index)
            {
                var port = 3306;
                for (var i = 0; i < index; i++)
                    port += 1000;
                return port;
            }
        }

        [KubernetesManifests(Namespace = "shop")]
        public static partial class ShopManifests
        {
            private static readonly Labels AppLabels = Labels.Of("app", Naming.Component("Shop", "DB"));

            public static readonly Service Headless = AddPorts(Service.Headless(Naming.Component("shop", "db")).Selecting(AppLabels));

            public static readonly StatefulSet Database = StatefulSet.Named(Naming.Component("shop", "db"))
                .GovernedBy(Headless)
                .Replicas(Defaults.Replicas)
                .Pods(AppLabels, pod => pod.Container("db", Defaults.Image, c =>
                {
                    foreach (var name in Defaults.PortNames)
                        c.Port(name, Naming.PortNumber(Array.IndexOf(Defaults.PortNames, name)));
                }))
                .ClaimTemplate("data", AccessMode.ReadWriteOnce, "1Gi")
                .Configure(set => set.Spec!.MinReadySeconds = 10 * 2);

            private static Service AddPorts(Service service)
            {
                for (var i = 0; i < Defaults.PortNames.Length; i++)
                    service = service.Port(Defaults.PortNames[i], Naming.PortNumber(i), targetPort: Defaults.PortNames[i]);
                return service;
            }
        }
        """);

    public static readonly Program ModelObjectsWithInitializers = new(
        "model objects: initializers, collection expressions, dictionaries, implicit Quantity, Encoding",
        "StorageManifests",
        "storage: 250Mi",
        """
        using System.Text;
        using K8sTyped;
        using K8sTyped.Models;

        namespace Storage;

        [KubernetesManifests]
        public static partial class StorageManifests
        {
            private const string Ns = "storage";

            public static readonly V1Namespace Namespace = new() { Metadata = new V1ObjectMeta { Name = Ns } };

            public static readonly V1Secret Secret = new()
            {
                Metadata = new V1ObjectMeta { Name = "db-secret", Namespace = Ns },
                Type = "Opaque",
                Data = new Dictionary<string, byte[]> { ["password"] = Encoding.UTF8.GetBytes("change-me") },
            };

            public static V1PersistentVolumeClaim Claim => new()
            {
                Metadata = new() { Name = "data", Namespace = Ns, Labels = new Dictionary<string, string> { { "tier", "db" } } },
                Spec = new V1PersistentVolumeClaimSpec
                {
                    AccessModes = ["ReadWriteOnce"],
                    Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, Quantity> { ["storage"] = "250Mi" } },
                },
            };
        }
        """);

    public static readonly Program ControlFlowAndOperators = new(
        "switch, switch expression, patterns, while, ternary, ??, ?., tuples, LINQ, local functions, string.Join",
        "FlowManifests",
        "tier: gold",
        """
        using K8sTyped;
        using K8sTyped.Models;

        namespace Flow;

        public enum Tier { Bronze, Silver, Gold }

        internal static class Sizing
        {
            public static string TierName(Tier tier) => tier switch
            {
                Tier.Gold => "gold",
                Tier.Silver or Tier.Bronze => "standard",
                _ => throw new ArgumentOutOfRangeException(nameof(tier)),
            };

            public static int Replicas(int load)
            {
                switch (load)
                {
                    case < 10:
                        return 1;
                    case >= 10 and < 100:
                        return 3;
                    default:
                        var replicas = 3;
                        while (replicas * 50 < load) replicas++;
                        return replicas;
                }
            }

            public static (string Name, int Port)[] Ports() => [("http", 80), ("https", 443)];
        }

        [KubernetesManifests(FileName = "flow.yaml")]
        public static partial class FlowManifests
        {
            private static readonly string? Missing = null;
            private static readonly Tier Level = Tier.Gold;

            public static readonly Deployment Web = Deployment.Named(Missing ?? "web")
                .InNamespace(Missing?.ToUpper() ?? "flow")
                .Replicas(Sizing.Replicas(420) > 5 ? Sizing.Replicas(420) : 5)
                .Label("tier", Sizing.TierName(Level))
                .Label("ports", string.Join("-", Sizing.Ports().Where(p => p.Port > 100).Select(p => p.Name + p.Port.ToString())))
                .Pods(Labels.Of("app", "web"), pod => pod.Container("web", "nginx:1.27", c =>
                {
                    void AddPort((string Name, int Port) port) => c.Port(port.Name, port.Port);
                    foreach (var port in Sizing.Ports()) AddPort(port);
                    c.Env("LEVEL", ((int)Level * 10 / 4).ToString()).Env("RATIO", (1.5 * 2).ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
                }));
        }
        """);

    public static readonly Program ApplicationMember = new(
        "an Application member built from other members and another manifest class",
        "CacheApp",
        "replicas: 3",
        """
        using K8sTyped;

        namespace Cache;

        public static class Shared
        {
            public static readonly Labels Labels = Labels.Of(("app", "cache"), ("team", "platform"));
        }

        [KubernetesManifests]
        public static partial class CacheApp
        {
            public static Service Service { get; } = Service.Headless("cache").Selecting(Shared.Labels).Port("redis", 6379);

            public static readonly StatefulSet Cache = StatefulSet.Named("cache")
                .GovernedBy(Service)
                .Replicas(new[] { 1, 2, 3 }.Max())
                .Pods(Shared.Labels, pod => pod.Container("redis", "redis:7", c => c.Port("redis", 6379).Requests(memory: "256Mi")))
                .ClaimTemplate("cache-data", AccessMode.ReadWriteOnce, "1Gi");

            public static readonly Application App = Application.Named("cache").InNamespace("cache").Add(Service, Cache);
        }
        """);

    public static readonly Program ApplicationWithModelObject = new(
        "an Application holding a typed model object (a PodDisruptionBudget) beside DSL resources",
        "QueueApp",
        "kind: PodDisruptionBudget",
        """
        using K8sTyped;
        using K8sTyped.Models;

        namespace Queue;

        [KubernetesManifests]
        public static partial class QueueApp
        {
            private static readonly Labels Pods = Labels.Of("app", "queue");

            public static readonly Service Service = Service.Headless("queue").Selecting(Pods).Port("amqp", 5672);

            public static readonly StatefulSet Queue = StatefulSet.Named("queue")
                .GovernedBy(Service)
                .Replicas(3)
                .Pods(Pods, pod => pod.Container("rabbitmq", "rabbitmq:4", c => c.Port("amqp", 5672)));

            public static readonly V1PodDisruptionBudget Budget = new()
            {
                Metadata = new V1ObjectMeta { Name = "queue" },
                Spec = new V1PodDisruptionBudgetSpec
                {
                    MaxUnavailable = 1,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "queue" } },
                },
            };

            public static readonly Application App = Application.Named("queue")
                .InNamespace("messaging")
                .WithLabels(Labels.Of("team", "platform"))
                .Add(Service, Queue)
                .Add(Budget);
        }
        """);

    public static readonly Program ExpressionsAndBcl = new(
        "extension methods, do-while, compound assignment, casts, parsing, Math, TimeSpan, StringBuilder, spreads, dictionaries",
        "ToolsManifests",
        "patterns: many-pair-list-two-big",
        """
        using System.Globalization;
        using System.Text;
        using K8sTyped;
        using K8sTyped.Models;

        namespace Tools;

        internal static class TextExtensions
        {
            public static string Dashed(this string text, int times)
            {
                var builder = new StringBuilder(text);
                var i = 0;
                do
                {
                    builder.Append('-').Append(i);
                    i++;
                }
                while (i < times);
                return builder.ToString();
            }
        }

        [KubernetesManifests(Namespace = "tools")]
        public static partial class ToolsManifests
        {
            private static readonly int[] Base = [1, 2];
            private static readonly List<int> Numbers = [.. Base, 3, 4];
            private static readonly Dictionary<string, string> Settings = new() { ["mode"] = "fast", ["level"] = "7" };

            private static (string Key, int Count) Pair() => ("pairs", 2);

            private static string Deconstructed()
            {
                var (key, count) = Pair();
                var text = "";
                foreach (var (name, value) in Settings) text += name + "=" + value + ";";
                (key, text) = (text, key);
                return key + count + text;
            }

            private static int Sum()
            {
                var total = 0;
                foreach (var n in Numbers) total += n * 2;
                total -= (int)3.9;
                total <<= 1;
                return total % 11;
            }

            public static readonly V1ConfigMap Config = new()
            {
                Metadata = new V1ObjectMeta { Name = "tools-" + int.Parse(Settings["level"]) },
                Data = new Dictionary<string, string>
                {
                    ["sum"] = Sum().ToString(),
                    ["deconstructed"] = Deconstructed(),
                    ["patterns"] = (Settings is { Count: > 1 } ? "many" : "few") + (Pair() is ("pairs", > 1) ? "-pair" : "-none") + (Numbers is [1, ..] ? "-list" : "-other") + (Base is [_, 2] ? "-two" : "-no") + (Numbers is [.., > 3] ? "-big" : "-small"),
                    ["dashed"] = "x".Dashed(3),
                    ["max"] = Math.Max(Math.Round(2.5), Math.Sqrt(16)).ToString("0.0", CultureInfo.InvariantCulture),
                    ["timeout"] = TimeSpan.FromMinutes(1.5).TotalSeconds.ToString(),
                    ["keys"] = string.Join(",", Settings.Keys.OrderBy(k => k, StringComparer.Ordinal)),
                    ["format"] = string.Format(CultureInfo.InvariantCulture, "{0:N2}|{1,5}|{2,-3}|", 1234.5, "ab", 'c'),
                    ["nullable"] = ((int?)null ?? 0 + (Numbers.Count > 3 ? 1 : 2)).ToString(),
                    ["upper"] = "mixed".ToUpperInvariant() + char.ToUpper('q') + FormattableString.Invariant($"{0.25:P0}"),
                    ["checked"] = unchecked(int.MaxValue + 1).ToString(CultureInfo.InvariantCulture),
                    ["hex"] = (255).ToString("x4") + (3 is > 2 and < 5 ? "in" : "out") + (Settings.ContainsKey("mode") ? Settings["mode"].Substring(1, 2) : ""),
                },
            };
        }
        """);

    public static readonly Program StaticConstructors = new(
        "static constructors: of the marked class after its initializers, of a helper on its first use (a method call)",
        "RegistryManifests",
        "name: reg-db-2",
        """
        using System.Collections.Generic;
        using K8sTyped;

        namespace Registry;

        internal static class Settings
        {
            public static readonly string Prefix;
            private static int s_built;

            static Settings()
            {
                Prefix = "reg";
                s_built = 2;
            }

            public static string Name(string part) => Prefix + "-" + part + "-" + s_built;
        }

        [KubernetesManifests(Namespace = "registry")]
        public static partial class RegistryManifests
        {
            public static readonly List<Resource> All = [];
            private static readonly string DbName = Settings.Name("db");
            public static readonly string CacheName;
            public static string Note { get; } = "before the constructor";

            static RegistryManifests()
            {
                All.Add(Service.ClusterIP(DbName).Port("sql", 5432));
                CacheName = "cache";
                All.Add(Service.ClusterIP(CacheName).Port("redis", 6379).Label("note", Note));
                Note = Note + ", after it";
            }
        }
        """);

    public static IEnumerable<Program> All =>
        [HelperLoopConstantAndLambda, ModelObjectsWithInitializers, ControlFlowAndOperators, ApplicationMember, ApplicationWithModelObject, ExpressionsAndBcl, StaticConstructors];
}
