namespace K8sTyped.Yaml;

/// <summary>Limits the YAML text format itself puts on text, shared by the reader and the writer so what one accepts the other can write.</summary>
internal static class YamlLimits
{
    /// <summary>
    /// Longest implicit (<c>key: value</c>) key, in characters from the key's first character through the <c>:</c> indicator:
    /// the YAML spec's 1024-character limit, which libyaml, and so go-yaml and kubectl, enforce.
    /// </summary>
    public const int MaxImplicitKeyLength = 1024;
}
