using System.Text;
using K8sTyped.Models;
using K8sTyped.Serialization;
using K8sTyped.Tests.OpenApi;
using K8sTyped.Tests.TestSupport;
using K8sTyped.Yaml;

namespace K8sTyped.Tests.Serialization.RealModel;

/// <summary>The facade end to end: objects to text and back, over the generated model and the real reader and writers.</summary>
public class KubernetesYamlTests
{
    [Fact]
    public void Each_sample_round_trips_through_yaml_to_the_same_text()
    {
        foreach (var obj in SampleObjects.All())
        {
            var yaml = KubernetesYaml.Serialize(obj);

            var result = KubernetesYaml.Read(yaml, "sample.yaml");

            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            var reread = Assert.Single(result.Objects);
            Assert.IsType(obj.GetType(), reread);
            Assert.Equal(yaml, KubernetesYaml.Serialize(reread));
        }
    }

    [Fact]
    public void StatefulSet_is_written_with_the_documented_key_order_byte_for_byte()
    {
        // Golden text: kind header first, "name" first in list items, the rest alphabetical, unset fields absent.
        const string expected = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: mariadb
              labels:
                app: mariadb
              namespace: database
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: mariadb
              serviceName: mariadb
              template:
                metadata:
                  labels:
                    app: mariadb
                spec:
                  containers:
                  - name: mariadb
                    image: mariadb:11.4
                    ports:
                    - name: mysql
                      containerPort: 3306
                    resources:
                      requests:
                        cpu: 250m
                        memory: 512Mi
                    volumeMounts:
                    - name: data
                      mountPath: /var/lib/mysql
                    - name: tmp
                      mountPath: /tmp
                  volumes:
                  - name: tmp
                    emptyDir: {}
              volumeClaimTemplates:
              - apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: data
                spec:
                  accessModes:
                  - ReadWriteOnce
                  resources:
                    requests:
                      storage: 250Mi

            """;

        Assert.Equal(expected, KubernetesYaml.Serialize(SampleObjects.StatefulSet()));
    }

    [Fact]
    public void Serialized_yaml_starts_with_the_kind_header_and_omits_unset_fields()
    {
        var yaml = KubernetesYaml.Serialize(SampleObjects.StatefulSet());

        Assert.StartsWith("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: mariadb\n", yaml);
        Assert.DoesNotContain("status", yaml);
        Assert.DoesNotContain("creationTimestamp", yaml);
        Assert.Contains("emptyDir: {}", yaml);
    }

    [Fact]
    public void A_multi_document_manifest_is_written_in_manifest_order_and_reads_back_in_that_order()
    {
        var yaml = KubernetesYaml.Serialize(SampleObjects.All());

        var result = KubernetesYaml.Read(yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(
            ["Namespace", "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "Secret", "Service", "StatefulSet"],
            result.Objects.Select(obj => obj.Kind));
        Assert.Equal(yaml, KubernetesYaml.Serialize(result.Objects));
    }

    [Fact]
    public void Json_list_holds_the_items_in_manifest_order_and_reads_back_to_the_same_objects()
    {
        var json = KubernetesYaml.SerializeJson(SampleObjects.All());

        Assert.StartsWith("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [", json);
        var result = KubernetesYaml.Read(json, "all.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(KubernetesYaml.Serialize(SampleObjects.All()), KubernetesYaml.Serialize(result.Objects));
    }

    [Fact]
    public void Single_object_json_reads_back()
    {
        var json = KubernetesYaml.SerializeJson(SampleObjects.HeadlessService());

        var service = Assert.IsType<V1Service>(Assert.Single(KubernetesYaml.Read(json).Objects));

        Assert.Equal(new IntOrString("mysql"), service.Spec!.Ports![0].TargetPort);
        Assert.Equal(new IntOrString(9104), service.Spec.Ports[1].TargetPort);
    }

    [Fact]
    public void Secret_bytes_are_written_as_base64_and_read_back_as_the_same_bytes()
    {
        var yaml = KubernetesYaml.Serialize(SampleObjects.Secret());

        Assert.Contains("root-password: Y2hhbmdlLW1l\n", yaml);
        var secret = Assert.IsType<V1Secret>(Assert.Single(KubernetesYaml.Read(yaml).Objects));
        Assert.Equal(Encoding.UTF8.GetBytes("change-me"), secret.Data!["root-password"]);
        Assert.Equal(new byte[] { 0x00, 0xFF, 0x10 }, secret.Data["blob"]);
    }

    [Theory]
    [InlineData("mariadb.yaml", 4)]
    [InlineData("pv-log.yaml", 3)]
    [InlineData("storage-classes.yaml", 4)]
    public void Fixtures_read_strictly_and_their_output_conforms_and_is_stable(string fixture, int objectCount)
    {
        var result = KubernetesYaml.ReadFile(Path.Combine(RepositoryPaths.Fixtures, fixture));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(objectCount, result.Objects.Count);
        var yaml = KubernetesYaml.Serialize(result.Objects);
        foreach (var document in YamlReader.Read(yaml))
            Assert.Empty(OpenApiValidator.Kubernetes136.Validate(document.Root!));
        Assert.Equal(yaml, KubernetesYaml.Serialize(KubernetesYaml.Read(yaml).Objects));
    }

    [Fact]
    public void Strict_errors_carry_file_line_column_path_and_message()
    {
        const string text = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: web
            spec:
              replica: 3
              template:
                spec:
                  containers:
                  - name: web
                    image: nginx
                    ports:
                    - containerPort: "8080"
            """;

        var result = KubernetesYaml.Read(text, "web.yaml");

        Assert.Equal(
            [
                "web.yaml:6:3: spec.replica: unknown field \"spec.replica\"; did you mean \"replicas\"?",
                "web.yaml:13:26: spec.template.spec.containers[0].ports[0].containerPort: expected an integer (int32) but found the string \"8080\"; remove the quotes",
            ],
            result.Errors.Select(error => error.ToString()));
        var statefulSet = Assert.IsType<V1StatefulSet>(Assert.Single(result.Objects));
        Assert.Equal("nginx", statefulSet.Spec!.Template!.Spec!.Containers![0].Image);
    }

    [Fact]
    public void Lenient_reading_warns_about_unknown_fields()
    {
        const string text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  nme: x\ndata:\n  k: v\n";

        var result = KubernetesYaml.Read(text, options: new KubernetesReadOptions { Strict = false });

        Assert.True(result.Succeeded);
        Assert.Equal("<input>:5:3: warning: metadata.nme: unknown field \"metadata.nme\"; did you mean \"name\"?", Assert.Single(result.Errors).ToString());
        Assert.Equal("v", Assert.IsType<V1ConfigMap>(Assert.Single(result.Objects)).Data!["k"]);
    }

    [Fact]
    public void Skipping_unknown_kinds_reads_the_rest_and_warns_at_each_skipped_kind()
    {
        const string text = "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: { name: db }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: db }\n";

        var strict = KubernetesYaml.Read(text, "a.yaml");
        var skipping = KubernetesYaml.Read(text, "a.yaml", new KubernetesReadOptions { SkipUnknownKinds = true });

        Assert.False(strict.Succeeded);
        Assert.True(skipping.Succeeded);
        Assert.IsType<V1ConfigMap>(Assert.Single(skipping.Objects));
        var warning = Assert.Single(skipping.Errors);
        Assert.Equal(KubernetesReadSeverity.Warning, warning.Severity);
        Assert.Equal((2, 7), (warning.Line, warning.Column));
        Assert.EndsWith("; the object is skipped", warning.Message);
    }

    [Fact]
    public void A_misspelt_kind_names_the_right_one()
    {
        var result = KubernetesYaml.Read("apiVersion: apps/v1\nkind: Statefulset\n", "a.yaml");

        Assert.Equal("a.yaml:2:7: kind: unknown kind \"Statefulset\" in apps/v1; did you mean \"StatefulSet\"?", Assert.Single(result.Errors).ToString());
        Assert.Empty(result.Objects);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_file_line_and_the_other_documents_are_still_read()
    {
        const string text = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: [Namespace\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: c\n";

        var result = KubernetesYaml.Read(text, "broken.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("broken.yaml", KubernetesReadSeverity.Error), (error.FileName, error.Severity));
        Assert.InRange(error.Line, 7, 8);
        Assert.Equal(["a", "c"], result.Objects.Cast<V1Namespace>().Select(ns => ns.Metadata!.Name));
    }

    [Fact]
    public void ReadFile_names_the_file_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"k8styped-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, "apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: http\n");
        try
        {
            var error = Assert.Single(KubernetesYaml.ReadFile(path).Errors);

            Assert.Equal($"{path}:5:11: spec.ports[0].port: expected an integer (int32) but found the string \"http\"", error.ToString());
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Json_errors_have_locations_too()
    {
        const string json = "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"ConfigMap\",\n  \"data\": {\"k\": 1}\n}\n";

        var error = Assert.Single(KubernetesYaml.Read(json, "cm.json").Errors);

        Assert.Equal("cm.json:4:17: data[k]: expected a string but found the integer 1; quote it as \"1\"", error.ToString());
    }

    [Fact]
    public void Timestamps_are_read_as_utc_and_written_back_in_utc()
    {
        const string text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  creationTimestamp: 2024-05-01T14:00:00+02:00\n";

        var result = KubernetesYaml.Read(text);

        var configMap = Assert.IsType<V1ConfigMap>(Assert.Single(result.Objects));
        Assert.Equal(new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc), configMap.Metadata!.CreationTimestamp);
        Assert.Contains("creationTimestamp: '2024-05-01T12:00:00Z'\n", KubernetesYaml.Serialize(configMap));
    }

    [Fact]
    public void Writing_a_null_container_names_its_path()
    {
        var statefulSet = SampleObjects.StatefulSet();
        statefulSet.Spec!.Template!.Spec!.Containers!.Add(null!);

        var error = Assert.Throws<KubernetesSerializationException>(() => KubernetesYaml.Serialize(statefulSet));

        Assert.Equal("spec.template.spec.containers[1]", error.Path);
    }
}
