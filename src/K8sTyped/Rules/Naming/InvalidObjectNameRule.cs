using K8sTyped.Models;
using K8sTyped.Validation;

namespace K8sTyped.Rules.Naming;

/// <summary>
/// KT1001: metadata.name breaks its kind's grammar (<see cref="ObjectNameGrammars"/>), is missing without a
/// generateName, or metadata.namespace is not a DNS-1123 label.
/// </summary>
internal sealed class InvalidObjectNameRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.InvalidObjectName;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        foreach (var obj in context.Manifests.Objects)
        {
            if (obj is not IKubernetesObject<V1ObjectMeta> withMetadata) continue;
            var kind = obj.Kind ?? obj.GetType().Name;
            var metadata = withMetadata.Metadata;
            var grammar = ObjectNameGrammars.For(kind);
            CheckName(context, obj, kind, metadata, grammar);
            CheckNamespace(context, obj, kind, metadata?.Namespace);
        }
    }

    private void CheckName(RuleContext context, IKubernetesObject obj, string kind, V1ObjectMeta? metadata, ObjectNameGrammar grammar)
    {
        var name = metadata?.Name;
        if (string.IsNullOrEmpty(name))
        {
            if (string.IsNullOrEmpty(metadata?.GenerateName))
            {
                context.Report(Descriptor, obj, "metadata.name",
                    $"{kind} has no name. The API server rejects it with \"metadata.name: Required value: name or " +
                    $"generateName is required\". Set metadata.name to {grammar.Description}.");
                return;
            }

            if (grammar.CheckPrefix(metadata!.GenerateName!) is { } prefixProblem)
            {
                context.Report(Descriptor, obj, "metadata.generateName",
                    $"{kind} generateName \"{metadata.GenerateName}\" cannot start a valid name: {prefixProblem}. The API server " +
                    $"rejects it with \"metadata.generateName: Invalid value\". {kind} names must be {grammar.Description}.");
            }

            return;
        }

        if (grammar.Check(name!) is not { } problem) return;
        var suggestion = Suggestion(grammar.Nearest(name!), grammar.Check);
        context.Report(Descriptor, obj, "metadata.name",
            $"{kind} name \"{name}\" is not {grammar.Description}: {problem}. The API server rejects it with " +
            $"\"metadata.name: Invalid value: \"{name}\": {problem}\". Choose a name that is {grammar.Description}{suggestion}.");
    }

    private void CheckNamespace(RuleContext context, IKubernetesObject obj, string kind, string? @namespace)
    {
        // The API server clears the namespace of cluster-scoped objects, so only namespaced kinds are checked.
        if (string.IsNullOrEmpty(@namespace) || KubernetesScopes.IsClusterScoped(kind)) return;
        if (KubernetesNames.CheckDns1123Label(@namespace!) is not { } problem) return;
        var suggestion = Suggestion(NearestKubernetesNames.Dns1123Label(@namespace!), KubernetesNames.CheckDns1123Label);
        context.Report(Descriptor, obj, "metadata.namespace",
            $"Namespace \"{@namespace}\" is not a DNS-1123 label: {problem}. No such namespace can exist, and the API " +
            $"server rejects the object with \"metadata.namespace: Invalid value: \"{@namespace}\": {problem}\". " +
            $"Use a namespace name that is a DNS-1123 label{suggestion}.");
    }

    // The name the code fix offers too (NearestKubernetesNames), when there is one.
    internal static string Suggestion(string? nearest, Func<string, string?> check) =>
        nearest is not null && check(nearest) is null ? $" such as \"{nearest}\"" : "";
}
