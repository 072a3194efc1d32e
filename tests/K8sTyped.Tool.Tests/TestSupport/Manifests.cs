namespace K8sTyped.Tool.Tests.TestSupport;

/// <summary>Manifests the tests lint, and where in them a text is (so no line or column is written down by hand).</summary>
internal static class Manifests
{
    /// <summary>
    /// What <c>helm template</c> prints for a small chart: <c># Source:</c> comments, documents separated by <c>---</c>, a
    /// StatefulSet whose serviceName has a typo (KT2001 at it) and a Service that selects no pods (KT2004).
    /// </summary>
    public const string HelmTemplate = """
        ---
        # Source: db/templates/service.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: mariadb
          namespace: db
        spec:
          clusterIP: None
          selector:
            app: mariadb
          ports:
            - name: sql
              port: 3306
        ---
        # Source: db/templates/statefulset.yaml
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: mariadb
          namespace: db
        spec:
          serviceName: mariadb-headless
          replicas: 3
          selector:
            matchLabels:
              app: mariadb
          template:
            metadata:
              labels:
                app: mariadb
            spec:
              containers:
                - name: mariadb
                  image: mariadb:11.4
                  ports:
                    - name: sql
                      containerPort: 3306
        ---
        # Source: db/templates/metrics.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: metrics
          namespace: db
        spec:
          selector:
            app: exporter
          ports:
            - name: http
              port: 9104
        """;

    /// <summary>A StatefulSet and its headless Service, clean.</summary>
    public const string Clean = """
        apiVersion: v1
        kind: Service
        metadata: { name: web, namespace: shop }
        spec:
          clusterIP: None
          selector: { app: web }
          ports: [{ name: http, port: 80 }]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: web, namespace: shop }
        spec:
          serviceName: web
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: nginx:1.27, ports: [{ name: http, containerPort: 80 }] }]
        """;

    /// <summary>The 1-based line and column where <paramref name="text"/> starts in <paramref name="content"/> (it must occur once).</summary>
    public static (int Line, int Column) PositionOf(string content, string text)
    {
        var index = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0 && content.IndexOf(text, index + 1, StringComparison.Ordinal) < 0, $"`{text}` must occur exactly once");
        var before = content[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
