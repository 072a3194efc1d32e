using K8sTyped.Models;

namespace K8sTyped.Rules.Services;

/// <summary>
/// The cluster IPs a Service asks for, as the API server sees them: <c>clusterIPs</c> when given, otherwise
/// <c>clusterIP</c> alone (the two are kept in step; clusterIP is clusterIPs[0]).
/// </summary>
internal static class ServiceClusterIPs
{
    /// <summary>The value that makes a Service headless.</summary>
    public const string None = "None";

    /// <summary>Each requested cluster IP with the path it was written at.</summary>
    public static IReadOnlyList<(string Value, string Path)> Of(V1ServiceSpec spec)
    {
        if (spec.ClusterIPs is { Count: > 0 } ips)
            return ips.Select((ip, i) => (ip ?? "", $"spec.clusterIPs[{i}]")).ToList();
        return spec.ClusterIP is { Length: > 0 } ip ? [(ip, "spec.clusterIP")] : [];
    }

    /// <summary>Whether the Service is headless: its only cluster IP is None (core validation isHeadlessService).</summary>
    public static bool IsHeadless(V1ServiceSpec spec)
    {
        var ips = Of(spec);
        return ips.Count == 1 && ips[0].Value == None;
    }

    /// <summary>The Service type; unset means ClusterIP.</summary>
    public static string TypeOf(V1ServiceSpec spec) => spec.Type ?? "ClusterIP";
}
