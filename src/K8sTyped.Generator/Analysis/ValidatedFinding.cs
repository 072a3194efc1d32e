using System.Collections.Immutable;

namespace K8sTyped.Generator.Analysis;

/// <summary>One finding of the rules, with what its code fix needs (<see cref="BindableAccessModes"/>).</summary>
internal readonly record struct ValidatedFinding(K8sTyped.Rules.Diagnostic Finding, ImmutableDictionary<string, string?>? FixProperties);
