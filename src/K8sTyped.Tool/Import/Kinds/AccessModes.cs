namespace K8sTyped.Tool.Import.Kinds;

/// <summary>Access modes as DSL arguments: one mode, or an array of them.</summary>
internal static class AccessModes
{
    /// <summary>The modes, or null when one of them has no DSL member.</summary>
    public static AccessMode[]? Parse(IList<string>? wire)
    {
        if (wire is not { Count: > 0 }) return null;
        var modes = new AccessMode[wire.Count];
        for (var i = 0; i < wire.Count; i++)
        {
            if (!WireEnums.TryParse(wire[i], out modes[i])) return null;
        }

        return modes;
    }

    public static Argument Argument(AccessMode[] modes) => modes.Length == 1
        ? Import.Argument.Enum(modes[0])
        : Import.Argument.Code($"[{string.Join(", ", modes.Select(m => $"{nameof(AccessMode)}.{m}"))}]");
}
