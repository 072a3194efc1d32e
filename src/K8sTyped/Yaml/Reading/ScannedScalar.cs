namespace K8sTyped.Yaml.Reading;

/// <summary>A flow scalar's content as scanned, and whether it spans more than one line (a mapping key may not).</summary>
internal readonly record struct ScannedScalar(string Value, bool IsMultiLine);
