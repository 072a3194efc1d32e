using K8sTyped.Models;
using K8sTyped.Rules;
using static K8sTyped.Tests.Rules.Graph.GraphObjects;

namespace K8sTyped.Tests.Rules.Graph;

public class ReferenceOutsideManifestsRuleTests
{
    private const string Id = "KT2010";

    private static V1EnvVar SecretEnv(string secret, bool? optional = null) => new()
    {
        Name = "PASSWORD",
        ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = secret, Key = "password", Optional = optional } },
    };

    private static V1Secret Secret(string name, string? @namespace = null) => new() { Metadata = Meta(name, @namespace) };

    private static V1StatefulSet WithPasswordFrom(string secret, bool? optional = null, string? @namespace = null)
    {
        var container = Container("mariadb");
        container.Env = [new V1EnvVar { Name = "MARIADB_DATABASE", Value = "app" }, SecretEnv(secret, optional)];
        return StatefulSet("mariadb", @namespace: @namespace, pod: PodSpec(container));
    }

    [Fact]
    public void A_missing_secret_in_env_is_reported_as_info_with_the_close_name()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.template.spec.containers[0].env[1].valueFrom.secretKeyRef.name",
            WithPasswordFrom("mariadb-credentials", @namespace: "db"),
            Secret("mariadb-credential", "db"));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("Secret 'mariadb-credentials' in namespace 'db'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("CreateContainerConfigError", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'mariadb-credential'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_in_the_manifests_or_declared_external_in_the_namespace_passes()
    {
        RuleTestKit.None(Id, WithPasswordFrom("creds", @namespace: "db"), Secret("creds", "db"));
        RuleTestKit.None(Id, new ManifestSet([WithPasswordFrom("creds", @namespace: "db")], externals: new ExternalObjects().Declare("Secret", "db", "creds")));
    }

    [Fact]
    public void A_secret_in_another_namespace_does_not_count()
    {
        RuleTestKit.Single(Id, "mariadb", "spec.template.spec.containers[0].env[1].valueFrom.secretKeyRef.name",
            WithPasswordFrom("creds", @namespace: "db"), Secret("creds", "web"));
        RuleTestKit.Single(Id, "mariadb", "spec.template.spec.containers[0].env[1].valueFrom.secretKeyRef.name",
            new ManifestSet([WithPasswordFrom("creds", @namespace: "db")], externals: new ExternalObjects().Declare("Secret", "web", "creds")));
    }

    [Fact]
    public void An_optional_reference_is_not_reported() => RuleTestKit.None(Id, WithPasswordFrom("creds", optional: true));

    [Fact]
    public void EnvFrom_volumes_projections_and_pull_secrets_of_init_containers_and_CronJobs_are_followed()
    {
        var init = Container("init");
        init.EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = "init-env" } }];
        var pod = PodSpec(Container("backup"));
        pod.InitContainers = [init];
        pod.ImagePullSecrets = [new V1LocalObjectReference { Name = "registry" }];
        pod.Volumes =
        [
            new V1Volume { Name = "tls", Secret = new V1SecretVolumeSource { SecretName = "tls" } },
            new V1Volume { Name = "optional", ConfigMap = new V1ConfigMapVolumeSource { Name = "maybe", Optional = true } },
            new V1Volume
            {
                Name = "bundle",
                Projected = new V1ProjectedVolumeSource { Sources = [new V1VolumeProjection { ConfigMap = new V1ConfigMapProjection { Name = "bundle" } }] },
            },
        ];

        var paths = RuleTestKit.Findings(Id, CronJob("backup", pod)).Select(f => f.Path).ToList();

        const string spec = "spec.jobTemplate.spec.template.spec";
        Assert.Equal(
            new[]
            {
                $"{spec}.imagePullSecrets[0].name",
                $"{spec}.initContainers[0].envFrom[0].configMapRef.name",
                $"{spec}.volumes[0].secret.secretName",
                $"{spec}.volumes[2].projected.sources[0].configMap.name",
            },
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_claim_generated_by_a_claim_template_counts_as_present()
    {
        var pod = PodSpec(Container("reader", Mount("data")));
        pod.Volumes = [new V1Volume { Name = "data", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = "data-mariadb-0" } }];

        RuleTestKit.None(Id, Deployment("reader", pod), StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data")]));

        var finding = RuleTestKit.Single(Id, "reader", "spec.template.spec.volumes[0].persistentVolumeClaim.claimName",
            Deployment("reader", pod), StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data")], replicas: 0));
        Assert.Contains("PersistentVolumeClaim 'data-mariadb-0'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_template_class_must_exist_unless_it_is_empty_or_carried_by_static_volumes()
    {
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.volumeClaimTemplates[0].spec.storageClassName",
            StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data", "fast-ssd")]));
        Assert.Contains("StorageClass 'fast-ssd' is neither", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Pending", finding.Message, StringComparison.Ordinal);

        RuleTestKit.None(Id, StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data", "")]));
        RuleTestKit.None(Id, new ManifestSet(
            [StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data", "fast-ssd")])],
            externals: new ExternalObjects().Declare("StorageClass", null, "fast-ssd")));
        RuleTestKit.None(Id,
            StatefulSet("mariadb", claimTemplates: [ClaimTemplate("data", "manual")]),
            new V1PersistentVolume { Metadata = Meta("pv-1"), Spec = new V1PersistentVolumeSpec { StorageClassName = "manual" } });
    }

    [Fact]
    public void The_beta_class_annotation_is_the_class_the_controller_uses_and_the_one_checked()
    {
        var template = ClaimTemplate("data", "fast-ssd");
        template.Metadata!.Annotations = new Dictionary<string, string> { ["volume.beta.kubernetes.io/storage-class"] = "premium" };

        var finding = RuleTestKit.Single(Id, "mariadb", "spec.volumeClaimTemplates[0].metadata.annotations[volume.beta.kubernetes.io/storage-class]",
            StatefulSet("mariadb", claimTemplates: [template]),
            new V1StorageClass { Metadata = Meta("fast-ssd"), Provisioner = "ebs.csi.aws.com" });
        Assert.Contains("StorageClass 'premium'", finding.Message, StringComparison.Ordinal);

        // A static volume's class is read the same way: the annotation on the volume names the class it carries.
        var volume = new V1PersistentVolume
        {
            Metadata = new V1ObjectMeta { Name = "pv-1", Annotations = new Dictionary<string, string> { ["volume.beta.kubernetes.io/storage-class"] = "premium" } },
            Spec = new V1PersistentVolumeSpec { StorageClassName = "other" },
        };
        RuleTestKit.None(Id, StatefulSet("mariadb", claimTemplates: [template]), volume);
    }

    [Fact]
    public void Objects_of_the_cluster_inventory_satisfy_references()
    {
        var reader = WithPasswordFrom("creds", @namespace: "db");
        reader.Spec!.VolumeClaimTemplates = [ClaimTemplate("data", "premium")];

        RuleTestKit.None(Id, RuleTestKit.OnCluster([Secret("creds", "db"), new V1StorageClass { Metadata = Meta("premium"), Provisioner = "ebs.csi.aws.com" }], reader));
        RuleTestKit.None(Id, RuleTestKit.OnCluster(
            [Secret("creds", "db"), new V1PersistentVolume { Metadata = Meta("pv-1"), Spec = new V1PersistentVolumeSpec { StorageClassName = "premium" } }],
            reader));
        var finding = RuleTestKit.Single(Id, "mariadb", "spec.template.spec.containers[0].env[1].valueFrom.secretKeyRef.name",
            RuleTestKit.OnCluster([Secret("creds", "web"), new V1StorageClass { Metadata = Meta("premium"), Provisioner = "ebs.csi.aws.com" }], reader));
        Assert.Contains("neither in the manifests, nor in the cluster inventory, nor declared external", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingress_backends_and_tls_secrets_are_followed_but_serviceName_is_left_to_KT2001()
    {
        var ingress = new V1Ingress
        {
            Metadata = Meta("web", "shop"),
            Spec = new V1IngressSpec
            {
                Tls = [new V1IngressTLS { SecretName = "web-tls" }],
                Rules =
                [
                    new V1IngressRule
                    {
                        Http = new V1HTTPIngressRuleValue
                        {
                            Paths =
                            [
                                new V1HTTPIngressPath { Path = "/", PathType = "Prefix", Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "web" } } },
                                new V1HTTPIngressPath { Path = "/api", PathType = "Prefix", Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "api" } } },
                            ],
                        },
                    },
                ],
            },
        };

        var findings = RuleTestKit.Findings(Id, ingress, Service("web", @namespace: "shop"), StatefulSet("mariadb", serviceName: "mariadb-hl"));

        Assert.Equal(["spec.rules[0].http.paths[1].backend.service.name", "spec.tls[0].secretName"], findings.Select(f => f.Path).Order(StringComparer.Ordinal));
    }
}
