using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace K8sTyped.Generator.Diagnostics;

/// <summary>Every diagnostic the manifest generator reports (KT0101–KT0199). Each has a page under docs/rules.</summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "Build";

    private const string HelpLinkBase = "https://github.com/k8styped/k8styped/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor UnsupportedCall = Create(
        "KT0101",
        "Manifests must be deterministic",
        "'{0}' cannot be evaluated at build time: {1}. Manifests are computed by the compiler, so they may only use constants, K8sTyped and pure BCL members.");

    public static readonly DiagnosticDescriptor BudgetExceeded = Create(
        "KT0102",
        "Evaluation took too many steps",
        "Evaluating the manifests exceeded {0}; a loop or recursion here does not end");

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
        "The manifest generator failed on '{0}' and wrote no manifests for it: {1}. Please report this.");

    public static readonly DiagnosticDescriptor ClassMustBeStaticPartial = Create(
        "KT0108",
        "Manifest class must be static partial",
        "'{0}' is marked [KubernetesManifests] but is not a static partial class (including every class it is nested in)");

    public static readonly DiagnosticDescriptor NoManifests = Create(
        "KT0109",
        "Manifest class declares no Kubernetes objects",
        "'{0}' has no static field or property holding an Application, a DSL resource or a Kubernetes object",
        DiagnosticSeverity.Warning);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        UnsupportedCall, BudgetExceeded, MemberCycle, LibraryVersionMismatch, EvaluatedCodeThrew, UnsupportedConstruct,
        InternalFailure, ClassMustBeStaticPartial, NoManifests);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> s_byId = All.ToImmutableDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
