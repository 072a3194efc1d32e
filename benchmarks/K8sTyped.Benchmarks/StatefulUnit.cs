namespace K8sTyped.Benchmarks;

/// <summary>
/// The four-object unit the validation and lint benchmarks measure: a headless Service, the StatefulSet it governs with
/// a claim template, a PersistentVolume and a claim it binds. Units with different numbers share nothing.
/// </summary>
internal static class StatefulUnit
{
    public static Application AddTo(Application app, int i)
    {
        var labels = Labels.Of("app", $"db-{i}");
        var service = Service.Headless($"db-{i}").Selecting(labels).Port("sql", 5432);
        return app.Add(
            service,
            StatefulSet.Named($"db-{i}").GovernedBy(service).Replicas(1)
                .Pods(labels, pod => pod.Container("db", "postgres:17", c => c.Port("sql", 5432).Mount("data", "/data")))
                .ClaimTemplate("data", AccessMode.ReadWriteOnce, "1Gi"),
            PersistentVolume.Named($"pv-{i}").Capacity("2Gi").AccessModes(AccessMode.ReadWriteOnce).Nfs("nfs.internal", $"/exports/{i}"),
            PersistentVolumeClaim.Named($"claim-{i}").AccessModes(AccessMode.ReadWriteOnce).Requesting("1Gi").NoStorageClass());
    }
}
