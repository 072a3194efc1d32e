using K8sTyped;

namespace Mistakes;

/// <summary>
/// A small shop with one mistake of each kind K8sTyped catches. Each mistake is explained in a comment, and the line
/// just above it says which diagnostic the build reports and where: <c>// expect KTnnnn at `text`</c> means the build
/// reports KTnnnn at the column where <c>text</c> starts on the next line (the end-to-end tests check exactly that).
/// </summary>
public static class MistakesManifests
{
    public static Application Build()
    {
        var ordersPods = Labels.Of("app", "orders");
        var ordersService = Service.ClusterIP("orders")
            .Selecting(ordersPods)
            .Port("pg", 5432);
        var orders = StatefulSet.Named("orders")
            // A Service with a cluster IP governs the StatefulSet: cluster DNS makes the per-pod records
            // (orders-0.orders) only for a headless Service, so the database's peers never find each other.
            // expect KT2002 at `ordersService`
            .GovernedBy(ordersService)
            // A negative replica count: the API server rejects the StatefulSet.
            // expect KT1201 at `-1`
            .Replicas(-1)
            .Pods(ordersPods, pod => pod
                .Container("postgres", "postgres:17", c => c
                    .Port("pg", 5432)
                    // "MB" is not a Kubernetes unit ("250M" or "250Mi" is): the request is left out.
                    // expect KT0002 at `"250MB"`
                    .Requests(memory: "250MB")
                    .Mount("data", "/var/lib/postgresql/data")
                    // A mount whose volume does not exist: no claim template or volume is named "wal", so the
                    // StatefulSet is accepted and every pod it tries to create is rejected.
                    // expect KT2005 at `"wal"`
                    .Mount("wal", "/var/lib/postgresql/wal")))
            .ClaimTemplate("data", AccessMode.ReadWriteOnce, "1Gi");

        var cartsPods = Labels.Of("app", "carts");
        var carts = StatefulSet.Named("carts")
            // serviceName names a Service that is not in the manifests (nor declared external): no DNS records at all.
            // expect KT2001 at `"carts-headless"`
            .GovernedBy("carts-headless")
            .Pods(cartsPods, pod => pod
                .Container("redis", "redis:7.4", c => c.Port("redis", 6379)));

        var webPods = Labels.Of("app", "web");
        var web = Deployment.Named("web")
            .Pods(webPods, pod => pod
                .Container("web", "nginx:1.27", c => c
                    .Port("http", 80)
                    .Mount("reports", "/usr/share/nginx/html/reports"))
                .ClaimVolume("reports", Reports()));
        var webService = Service.ClusterIP("web")
            // The selector matches no pod (the pods say app: web): the Service gets no endpoints.
            // expect KT2004 at `Labels.Of("app", "website")`
            .Selecting(Labels.Of("app", "website"))
            .Port("http", 80);

        // Object names are lowercase DNS names: uppercase letters and '_' are rejected by the API server.
        // expect KT1001 at `"Shop_Settings"`
        var settings = ConfigMap.Named("Shop_Settings")
            .Data("currency", "EUR");

        return Application.Named("shop")
            .InNamespace("shop")
            .Add(ordersService, orders, carts, web, webService, settings, ReportsVolume(), Reports());
    }

    /// <summary>The only volume of the cluster that a claim without a class could bind: ReadWriteOnce.</summary>
    private static PersistentVolume ReportsVolume() =>
        PersistentVolume.Named("reports")
            .Capacity("10Gi")
            .AccessModes(AccessMode.ReadWriteOnce)
            .Nfs("nfs.example.internal", "/exports/reports");

    /// <summary>
    /// No class, so only an existing volume can bind the claim, and the only one offers ReadWriteOnce, not the
    /// ReadWriteMany it asks: the claim stays Pending forever, and so does the web pod that mounts it.
    /// </summary>
    private static PersistentVolumeClaim Reports() =>
        PersistentVolumeClaim.Named("reports")
            .NoStorageClass()
            // expect KT3001 at `AccessMode.ReadWriteMany`
            .AccessModes(AccessMode.ReadWriteMany)
            .Requesting("5Gi");
}
