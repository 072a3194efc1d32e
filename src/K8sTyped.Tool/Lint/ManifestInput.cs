namespace K8sTyped.Tool.Lint;

/// <summary>One manifest text to read: a file (read strictly as UTF-8 or UTF-16 by the library) or standard input.</summary>
/// <param name="DisplayPath">The name findings carry: the path as given or found (relative to the current directory), or the stdin name.</param>
/// <param name="FullPath">The file to read; null for standard input.</param>
internal sealed record ManifestInput(string DisplayPath, string? FullPath);
