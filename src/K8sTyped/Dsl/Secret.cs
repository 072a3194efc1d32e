using System.Runtime.CompilerServices;
using K8sTyped.Models;
using K8sTyped.Origins;
using CallSite = K8sTyped.Origins.CallSite;

namespace K8sTyped;

/// <summary>
/// A Secret. Literal values (<see cref="StringData"/>) end up in the manifests in clear text, which a rule flags; prefer
/// a Secret created outside the manifests (<see cref="Application.ExternalSecret"/>) and refer to its keys with <see cref="Key(string, string)"/>.
/// </summary>
public sealed class Secret : NamespacedResource<Secret, V1Secret>
{
    private Secret(string name, CallSite site)
        : base(name, site)
    {
    }

    /// <inheritdoc />
    public override string Kind => V1Secret.KubeKind;

    /// <summary>A Secret named <paramref name="name"/>.</summary>
    public static Secret Named(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0) =>
        new(name, CallSite.Capture(callerFilePath, callerLine));

    /// <summary>A key of the Secret named <paramref name="secretName"/>, which may live outside the manifests.</summary>
    public static SecretKeyReference Key(string secretName, string key) =>
        new(Require.NotEmpty(secretName, nameof(secretName)), Require.NotEmpty(key, nameof(key)));

    /// <summary>A key of this Secret.</summary>
    public SecretKeyReference Key(string key) => Key(Name, key);

    /// <summary>Sets the Secret's type (<c>type</c>), e.g. <c>Opaque</c> or <c>kubernetes.io/tls</c>.</summary>
    public Secret Type(string type, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(type, nameof(type));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((secret, writer) =>
        {
            secret.Type = type;
            writer.Record("type", site, nameof(type));
        });
    }

    /// <summary>Sets <paramref name="key"/> to the literal <paramref name="value"/> (<c>stringData</c>).</summary>
    public Secret StringData(string key, string value, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLine = 0)
    {
        Require.NotEmpty(key, nameof(key));
        Require.NotNull(value, nameof(value));
        var site = CallSite.Capture(callerFilePath, callerLine);
        return Edit((secret, writer) =>
        {
            if (secret.StringData is null)
            {
                // Findings about the whole map (clear text in source) point at the first value written into it.
                secret.StringData = new Dictionary<string, string>(StringComparer.Ordinal);
                writer.Record("stringData", site, nameof(value));
            }

            secret.StringData[key] = value;
            writer.Record($"stringData[{key}]", site, nameof(value));
        });
    }
}
