using K8sTyped.Models;

namespace K8sTyped.Rules.Services;

/// <summary>
/// KT1403: a Secret in the manifests carries values in data or stringData. Those values are written in source and land
/// in the repository and in every rendered manifest (base64 is an encoding, not encryption). The cluster accepts them;
/// the leak is in the source.
/// </summary>
internal sealed class LiteralSecretDataRule : ObjectRule<V1Secret>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleDescriptors.LiteralSecretData;

    /// <inheritdoc />
    protected override void Analyze(V1Secret secret, RuleContext context)
    {
        // An empty map (for example a service-account-token Secret the token controller fills in) holds nothing to leak.
        if (secret.Data is { Count: > 0 } data)
            Report(context, secret, "data", data.Keys);
        if (secret.StringData is { Count: > 0 } stringData)
            Report(context, secret, "stringData", stringData.Keys);
    }

    private void Report(RuleContext context, V1Secret secret, string field, IEnumerable<string> keys)
    {
        var name = ManifestSet.NameOf(secret);
        var keyList = string.Join(", ", keys.OrderBy(k => k, StringComparer.Ordinal));
        context.Report(Descriptor, secret, field,
            $"Secret '{name}' has its values written in source ({field}: {keyList}). They end up in the repository and in every generated " +
            "manifest; the cluster stores whatever it is given, and base64 does not hide it. " +
            "Keep the values in a secret store and let the cluster get them from there (an ExternalSecret of the External Secrets Operator, " +
            "a SealedSecret, SOPS), then remove this Secret from the manifests and declare it external " +
            $"(ExternalObjects.Declare(\"Secret\", namespace, \"{name}\")) so references to it are still checked.");
    }
}
