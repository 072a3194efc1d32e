using K8sTyped.Models;
using K8sTyped.Origins;

namespace K8sTyped;

/// <summary>The edits of a claim's <c>spec</c> shared by <see cref="PersistentVolumeClaim"/> and <see cref="ClaimTemplate"/>; writers are rooted at the spec.</summary>
internal static class ClaimSpecEdits
{
    public static void AccessModes(V1PersistentVolumeClaimSpec spec, IReadOnlyList<string> modes, BuildWriter writer, CallSite site, string parameterName)
    {
        spec.AccessModes = [.. modes];
        writer.Record("accessModes", site, parameterName);
    }

    public static void Size(V1PersistentVolumeClaimSpec spec, QuantityArgument size, BuildWriter writer, CallSite site, string parameterName) =>
        ModelEdits.SetQuantity(
            () => (spec.Resources ??= new V1VolumeResourceRequirements()).Requests ??= new Dictionary<string, Quantity>(StringComparer.Ordinal),
            "storage", size, writer, "resources.requests", site, parameterName);

    public static void StorageClassName(V1PersistentVolumeClaimSpec spec, string className, BuildWriter writer, CallSite site, string? parameterName)
    {
        spec.StorageClassName = className;
        writer.Record("storageClassName", site, parameterName);
    }

    public static void VolumeMode(V1PersistentVolumeClaimSpec spec, string mode, BuildWriter writer, CallSite site, string parameterName)
    {
        spec.VolumeMode = mode;
        writer.Record("volumeMode", site, parameterName);
    }

    public static void Selector(V1PersistentVolumeClaimSpec spec, Labels labels, BuildWriter writer, CallSite site, string parameterName)
    {
        spec.Selector = ModelEdits.SelectorFor(labels);
        writer.Record("selector", site, parameterName);
    }

    /// <summary>The wire strings of <paramref name="modes"/>, checked when the DSL method is called.</summary>
    public static string[] ToWire(IEnumerable<AccessMode> modes, string parameterName)
    {
        if (modes is null) throw new ArgumentNullException(parameterName);
        var wire = modes.Select(m => m.ToWire()).ToArray();
        return wire.Length > 0 ? wire : throw new ArgumentException("Give at least one access mode.", parameterName);
    }
}
