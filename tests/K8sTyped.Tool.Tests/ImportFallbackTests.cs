using K8sTyped.Models;
using K8sTyped.Serialization;
using K8sTyped.Tool.Tests.TestSupport;

namespace K8sTyped.Tool.Tests;

/// <summary>
/// What the DSL cannot say is never lost: kinds without DSL become typed initializers, fields without DSL methods are set
/// by Configure, odd text survives as C# literals; the build's YAML is still the input's. Bad input is one line, exit 2.
/// </summary>
public sealed class ImportFallbackTests
{
    [Fact]
    public void A_kind_the_DSL_lacks_is_a_typed_initializer_that_builds_equal()
    {
        var yaml = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: db-ingress
              namespace: db
            spec:
              ingress:
              - from:
                - podSelector:
                    matchLabels:
                      role: api
                ports:
                - port: 5432
                  protocol: TCP
              podSelector:
                matchLabels:
                  app: db
              policyTypes:
              - Ingress
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: db
              namespace: db
            automountServiceAccountToken: false
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: backup
              namespace: db
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers:
                      - name: backup
                        image: busybox
                      restartPolicy: OnFailure
            """;

        var code = ImportedBuild.ImportFromStandardInput(yaml);

        Assert.Contains("var dbIngress = new V1NetworkPolicy\n", code, StringComparison.Ordinal);
        Assert.Contains("new V1ServiceAccount", code, StringComparison.Ordinal);
        Assert.Contains("using K8sTyped.Models;", code, StringComparison.Ordinal);
        Assert.Contains("new V1CronJob\n        {\n            Metadata = new V1ObjectMeta { Name = \"backup\" },", code, StringComparison.Ordinal);
        Assert.Contains(".Add(dbIngress, db, backup)", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_the_model_has_imports_and_builds_equal()
    {
        var objects = ModelCatalog.Kinds.Select(schema =>
        {
            var model = (IKubernetesObject)schema.Create();
            if (model is IKubernetesObject<V1ObjectMeta> named) named.Metadata = new V1ObjectMeta { Name = "example" };
            return model;
        }).ToList();
        var yaml = KubernetesYaml.Serialize(objects);
        var run = ToolRun.Invoke(AppContext.BaseDirectory, yaml, "import", "-", "--class", "Imported");
        Assert.True(run.ExitCode == 0, run.ToString());

        var build = ImportedBuild.Of(run.Out, "Imported");

        Assert.DoesNotContain(build.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal(yaml, build.ManifestYaml);
    }

    [Fact]
    public void Values_the_DSL_refuses_are_written_typed_and_still_build_equal()
    {
        // An empty label key, a selector of expressions, unnamed ports, an empty image: the DSL refuses or cannot say them.
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ImportData", "refused-by-the-dsl.yaml"));
        var run = ToolRun.Invoke(AppContext.BaseDirectory, yaml, "import", "-", "--class", "Imported");
        Assert.True(run.ExitCode == 0, run.ToString());

        var build = ImportedBuild.Of(run.Out, "Imported");

        Assert.DoesNotContain(build.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal(KubernetesYaml.Serialize(KubernetesYaml.Read(yaml).Objects), build.ManifestYaml);
        Assert.Contains("var badName = new V1ConfigMap", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_the_DSL_has_no_method_for_are_set_by_Configure()
    {
        var yaml = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              clusterIP: None
              ports:
              - appProtocol: http
                name: http
                port: 80
              selector:
                app: web
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: web
            spec:
              replicas: 2
              revisionHistoryLimit: 5
              selector:
                matchLabels:
                  app: web
              serviceName: web
              template:
                metadata:
                  annotations:
                    prometheus.io/scrape: "true"
                  labels:
                    app: web
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    workingDir: /srv
                    env:
                    - name: MODE
                      value: fast
                    - name: POD_IP
                      valueFrom:
                        fieldRef: {fieldPath: status.podIP}
            """;

        var code = ImportedBuild.ImportFromStandardInput(yaml);

        Assert.Contains(".GovernedBy(webService)", code, StringComparison.Ordinal);
        Assert.Contains("set.Spec!.RevisionHistoryLimit = 5;", code, StringComparison.Ordinal);
        Assert.Contains("set.Spec!.Template!.Spec!.Containers![0].WorkingDir = \"/srv\";", code, StringComparison.Ordinal);
        Assert.Contains("[\"prometheus.io/scrape\"] = \"true\"", code, StringComparison.Ordinal);
        Assert.Contains(".Env(\"MODE\", \"fast\")", code, StringComparison.Ordinal);
        Assert.Contains("set.Spec!.Template!.Spec!.Containers![0].Env!.Add(new V1EnvVar", code, StringComparison.Ordinal);
        Assert.Contains("service.Spec!.Ports![0].AppProtocol = \"http\";", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_line_and_awkward_text_survives_as_CSharp_literals()
    {
        var yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: scripts
            data:
              clean.sh: |
                #!/bin/sh
                echo "it's \"quoted\" and \\escaped\\"
                  indented
              messy.txt: "trailing space \nand\ta tab\n\"\"\" three quotes\r\n"
              one-line: 'plain {braces} and $dollars'
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: keys
            data:
              binary: AAEC/w==
              text: aGVsbG8=
            """;

        var code = ImportedBuild.ImportFromStandardInput(yaml);

        Assert.Contains("""
            .Data("clean.sh", ""
            """ + "\"\n                #!/bin/sh\n", code, StringComparison.Ordinal);
        Assert.Contains("\"trailing space \\nand\\ta tab\\n\\\"\\\"\\\" three quotes\\r\\n\"", code, StringComparison.Ordinal);
        Assert.Contains("new byte[] { 0x00, 0x01, 0x02, 0xFF }", code, StringComparison.Ordinal);
        Assert.Contains("Encoding.UTF8.GetBytes(\"hello\")", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Objects_in_different_namespaces_each_name_their_own()
    {
        var yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: a
              namespace: one
            data:
              k: v
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: b
              namespace: two
            """;

        var code = ImportedBuild.ImportFromStandardInput(yaml);

        Assert.Contains(".InNamespace(\"one\")", code, StringComparison.Ordinal);
        Assert.Contains(".InNamespace(\"two\")", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_are_keywords_or_lambda_parameters_become_other_variables()
    {
        var yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: pod
            spec:
              containers:
              - name: c
                image: busybox
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: class
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: class
            """;

        var code = ImportedBuild.ImportFromStandardInput(yaml);

        Assert.Contains("var pod2 = Pod.Named(\"pod\")", code, StringComparison.Ordinal);
        Assert.Contains("var classConfigMap = ConfigMap.Named(\"class\")", code, StringComparison.Ordinal);
        Assert.Contains("var classSecret = Secret.Named(\"class\")", code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n", "bad.yaml:4:")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndatta:\n  k: v\n", "bad.yaml:5:1: error:")]
    [InlineData("# nothing here\n", "bad.yaml:1:1: error: there are no objects to import")]
    [InlineData("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n", "bad.yaml:2:7: error:")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  creationTimestamp: \"2024-01-01T00:00:00Z\"\n", "bad.yaml:5:22: error: ConfigMap x: metadata.creationTimestamp: a timestamp")]
    public void Bad_input_is_one_line_at_its_file_line_and_column_with_exit_code_2(string yaml, string expected)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("bad.yaml", yaml);

        var run = ToolRun.Invoke(folder.Path, null, "import", "bad.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_exit_code_2()
    {
        using var folder = new TemporaryDirectory();

        var run = ToolRun.Invoke(folder.Path, null, "import", "nothing.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("k8styped: nothing.yaml: no such file or directory\n", run.Error);
    }
}
