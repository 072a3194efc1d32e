namespace K8sTyped.Analyzers.Tests.TestSupport;

/// <summary>The project and the repository YAML the tests of linted files (<c>K8sTypedLint</c> items) share.</summary>
internal static class LintedManifests
{
    /// <summary>A manifests class with nothing to say about the linted files: the project around them.</summary>
    public const string Manifests = """
        [KubernetesManifests]
        public static partial class Settings
        {
            public static readonly ConfigMap Config = ConfigMap.Named("settings").Data("mode", "fast");
        }
        """;

    /// <summary>The kubernetes.io "web" StatefulSet, whose serviceName names no Service: KT2001 at line 6, column 16.</summary>
    public const string WebStatefulSet = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
        spec:
          serviceName: nginx
          replicas: 2
          selector:
            matchLabels: {app: nginx}
          template:
            metadata:
              labels: {app: nginx}
            spec:
              containers:
              - name: nginx
                image: registry.k8s.io/nginx-slim:0.24
                ports:
                - {name: web, containerPort: 80}
        """;
}
