using System.Diagnostics;
using System.Text.Json.Nodes;
using K8sTyped.EndToEnd.Tests.TestSupport;
using Xunit.Abstractions;

namespace K8sTyped.EndToEnd.Tests;

/// <summary>
/// The analyzers as a developer meets them while typing: a real Roslyn language server (csharp-ls) opens a project that
/// references the packed package, underlines the exact C# that breaks a rule, and takes the underline away as soon as
/// the code is fixed, without a build.
/// </summary>
public sealed class EditorTests(ITestOutputHelper output) : IDisposable
{
    private const string ClusterIPService = "Service.ClusterIP(\"db\")";
    private const string HeadlessService = "Service.Headless(\"db\")";
    private const string GoverningArgument = "GovernedBy(svc)";

    // A StatefulSet governed by a Service with a cluster IP: its pods' DNS names never resolve (KT2002).
    private static readonly string DatabaseSource = $$"""
        using K8sTyped;

        namespace Shop;

        [KubernetesManifests]
        public static partial class Database
        {
            public static Application App { get; } = Build();

            private static Application Build()
            {
                var labels = Labels.Of("app", "db");
                var svc = {{ClusterIPService}}.Selecting(labels).Port("sql", 5432);
                var db = StatefulSet.Named("db")
                    .{{GoverningArgument}}
                    .Pods(labels, pod => pod.Container("db", "postgres:17", c => c.Port("sql", 5432)));
                return Application.Named("db").InNamespace("data").Add(svc, db);
            }
        }

        """.ReplaceLineEndings("\n");

    private static readonly TimeSpan DiagnosticsTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ProtocolTimeout = TimeSpan.FromMinutes(1);

    private readonly string root = Path.Combine(Path.GetTempPath(), "k8styped-e2e-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Csharp_ls_underlines_the_ClusterIP_Service_given_to_GovernedBy_until_it_is_headless()
    {
        LocalFeed feed = LocalFeed.Pack(root);
        ConsumerProject shop = ConsumerProject.Create(Path.Combine(root, "shop"), feed.Directory, feed.Version, "net10.0");
        string sourcePath = Path.Combine(shop.Directory, "Database.cs");
        shop.WriteFile("Database.cs", DatabaseSource);
        shop.WriteFile("Program.cs", "System.Console.WriteLine(\"shop\");\n");
        shop.Restore().AssertSucceeded();
        string serverAssembly = CSharpLanguageServerTool.ServerAssembly;

        Stopwatch sinceStart = Stopwatch.StartNew();
        await using LanguageServerClient server = LanguageServerClient.Start(DotnetProcess.StartInfo(shop.Directory, [serverAssembly]), AnswerServerRequest);
        await server.RequestAsync("initialize", InitializeParams(shop.Directory), ProtocolTimeout);
        await server.NotifyAsync("initialized", new JsonObject());
        string uri = new Uri(sourcePath).AbsoluteUri;
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = DatabaseSource },
        });

        JsonArray opened = await WaitForDiagnosticsAsync(server, sourcePath, diagnostics => KtCodes(diagnostics).Contains("KT2002"));
        output.WriteLine($"csharp-ls {CSharpLanguageServerTool.Version}: first KT2002 published {sinceStart.Elapsed.TotalSeconds:0.0} s after the server started " +
                         "(project load and first analysis included)");
        Assert.Equal(["KT2002"], KtCodes(opened));
        int argument = DatabaseSource.IndexOf(GoverningArgument, StringComparison.Ordinal) + "GovernedBy(".Length;
        LspRange expected = LspRange.Of(DatabaseSource, argument, "svc".Length);
        LspRange actual = LspRange.From(opened.Single(diagnostic => (string?)diagnostic!["code"] == "KT2002")!["range"]!);
        Assert.True(expected == actual,
            $"KT2002 should underline `svc` in `.{GoverningArgument}` ({expected}) but underlines `{actual.TextIn(DatabaseSource)}` ({actual})");

        // The fix as typed in the editor: an incremental change of the factory call, no save, no build.
        int factory = DatabaseSource.IndexOf(ClusterIPService, StringComparison.Ordinal);
        Stopwatch sinceEdit = Stopwatch.StartNew();
        await server.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = LspRange.Of(DatabaseSource, factory, ClusterIPService.Length).ToJson(), ["text"] = HeadlessService }),
        });
        JsonArray edited = await WaitForDiagnosticsAsync(server, sourcePath, diagnostics => !KtCodes(diagnostics).Contains("KT2002"));
        output.WriteLine($"csharp-ls {CSharpLanguageServerTool.Version}: KT2002 gone {sinceEdit.Elapsed.TotalSeconds:0.0} s after the edit");
        Assert.Empty(KtCodes(edited));

        await server.ShutdownAsync(ProtocolTimeout);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static JsonObject InitializeParams(string workspace)
    {
        string rootUri = new Uri(workspace).AbsoluteUri;
        return new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "shop" }),
            ["capabilities"] = new JsonObject
            {
                // csharp-ls reads its settings through workspace/configuration only from clients that announce it.
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["window"] = new JsonObject { ["workDoneProgress"] = true },
                // No textDocument.diagnostic (pull): csharp-ls then pushes textDocument/publishDiagnostics for open documents.
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject() },
            },
        };
    }

    private static JsonNode? AnswerServerRequest(string method, JsonNode? parameters) => method switch
    {
        // Analyzers from NuGet packages (K8sTyped's among them) run only with csharp.analyzersEnabled, which is off by default.
        "workspace/configuration" => new JsonArray(parameters!["items"]!.AsArray()
            .Select(item => (string?)item!["section"] == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null)
            .ToArray<JsonNode?>()),
        // client/registerCapability, window/workDoneProgress/create and the like expect only an acknowledgement.
        _ => null,
    };

    /// <summary>The next diagnostics published for <paramref name="path"/> that satisfy <paramref name="matches"/>.</summary>
    private static async Task<JsonArray> WaitForDiagnosticsAsync(LanguageServerClient server, string path, Func<JsonArray, bool> matches)
    {
        JsonNode published = await server.WaitForNotificationAsync(
            "textDocument/publishDiagnostics",
            parameters => new Uri((string)parameters["uri"]!).LocalPath == path && matches(parameters["diagnostics"]!.AsArray()),
            DiagnosticsTimeout);
        return published["diagnostics"]!.AsArray();
    }

    private static string[] KtCodes(JsonArray diagnostics) =>
        diagnostics.Select(diagnostic => diagnostic!["code"]?.ToString() ?? "").Where(code => code.StartsWith("KT", StringComparison.Ordinal)).Order().ToArray();
}
