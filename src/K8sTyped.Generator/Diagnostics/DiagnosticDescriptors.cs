using System.Collections.Immutable;
using K8sTyped.Rules;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the analyzers report: the evaluator's own (KT0101–KT0199) and one per K8sTyped rule (made from
/// <see cref="RuleDescriptors"/>, the same ids, titles, severities and pages as at run time). Each has a page under docs/rules.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "Build";

    private const string HelpLinkBase = RuleDescriptor.HelpLinkBase + "/";

    public static readonly DiagnosticDescriptor UnsupportedCall = Create(
        "KT0101",
        "Manifests must be deterministic",
        "'{0}' cannot be evaluated at build time: {1}. Manifests are computed by the compiler, so they may only use constants, K8sTyped and pure BCL members.");

    public static readonly DiagnosticDescriptor BudgetExceeded = Create(
        "KT0102",
        "Evaluation exceeded its budget",
        "Evaluating the manifests exceeded {0}: {1}");

    public static readonly DiagnosticDescriptor MemberCycle = Create(
        "KT0103",
        "Manifest members depend on each other in a cycle",
        "'{0}' is read before its initializer has run ({1}); at run time it would still hold its default value");

    public static readonly DiagnosticDescriptor LibraryVersionMismatch = Create(
        "KT0104",
        "K8sTyped reference differs from the generator's copy",
        "The project references K8sTyped {0}, but the manifest generator runs K8sTyped {1}; reference the same version of the package so build-time and run-time manifests agree");

    public static readonly DiagnosticDescriptor EvaluatedCodeThrew = Create(
        "KT0105",
        "Manifest code throws",
        "Evaluating this code throws {0}: {1}");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "KT0106",
        "C# construct is not supported in manifest code",
        "{0} is not supported in manifest code");

    public static readonly DiagnosticDescriptor InternalFailure = Create(
        "KT0107",
        "The manifest generator failed",
        "K8sTyped failed on '{0}': {1}. Its manifests or its findings are incomplete; please report this.");

    public static readonly DiagnosticDescriptor ClassMustBeStaticPartial = Create(
        "KT0108",
        "Manifest class must be static partial",
        "'{0}' is marked [KubernetesManifests] but is not a static partial class (including every class it is nested in)");

    public static readonly DiagnosticDescriptor NoManifests = Create(
        "KT0109",
        "Manifest class declares no Kubernetes objects",
        "'{0}' has no static field or property holding an Application, a DSL resource or a Kubernetes object",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InventoryUnreadable = Create(
        "KT0110",
        "Cluster inventory file cannot be read",
        "Cluster inventory: {0}",
        category: "Inventory");

    public static readonly DiagnosticDescriptor LintFileUnreadable = Create(
        "KT0111",
        "Linted manifest file cannot be read",
        "{0}",
        category: "Lint");

    /// <summary>The evaluator's own descriptors.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Evaluation { get; } = ImmutableArray.Create(
        UnsupportedCall, BudgetExceeded, MemberCycle, LibraryVersionMismatch, EvaluatedCodeThrew, UnsupportedConstruct,
        InternalFailure, ClassMustBeStaticPartial, NoManifests, InventoryUnreadable, LintFileUnreadable);

    /// <summary>One descriptor per K8sTyped rule; the message is the rule's own, whole.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = RuleDescriptors.All
        .Select(rule => new DiagnosticDescriptor(rule.Id, rule.Title, "{0}", rule.Category, ToRoslyn(rule.DefaultSeverity), isEnabledByDefault: true, helpLinkUri: rule.HelpLink))
        .ToImmutableArray();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = Evaluation.AddRange(Rules);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> s_byId = All.ToImmutableDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error, string category = Category) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
