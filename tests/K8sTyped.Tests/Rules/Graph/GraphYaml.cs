using K8sTyped.Rules;

namespace K8sTyped.Tests.Rules.Graph;

/// <summary>A StatefulSet and its governing Service as YAML, read with origins, for tests of where findings point.</summary>
internal static class GraphYaml
{
    /// <summary>The line of the Service's selector.</summary>
    public const int SelectorLine = 7;

    /// <summary>The line of the Service's clusterIP.</summary>
    public const int ClusterIPLine = 6;

    /// <summary>The line of the StatefulSet's serviceName.</summary>
    public const int ServiceNameLine = 14;

    public static ManifestSet MariaDb(string clusterIP, string selector) => KubernetesYaml.Read(
        $$"""
        apiVersion: v1
        kind: Service
        metadata: { name: mariadb, namespace: db }
        spec:
          ports: [{ name: db, port: 3306 }]
          clusterIP: {{clusterIP}}
          selector: { {{selector}} }
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: mariadb, namespace: db }
        spec:
          selector: { matchLabels: { app: mariadb } }
          serviceName: mariadb
          template:
            metadata: { labels: { app: mariadb } }
            spec: { containers: [{ name: mariadb, image: mariadb:11.4 }] }
        """,
        "mariadb.yaml").ToManifestSet();
}
