using K8sTyped.Models;

namespace K8sTyped.Tests.Dsl;

public class StatefulSetTests
{
    [Fact]
    public void The_mariadb_example_builds_the_statefulset_it_reads_like()
    {
        var (app, _, _) = MariaDbExample.Parts();

        var set = app.Objects.OfType<V1StatefulSet>().Single();

        Assert.Equal("apps/v1", set.ApiVersion);
        Assert.Equal("StatefulSet", set.Kind);
        Assert.Equal("mariadb", set.Metadata!.Name);
        Assert.Equal("database", set.Metadata.Namespace);
        var spec = set.Spec!;
        Assert.Equal("mariadb", spec.ServiceName);
        Assert.Equal(3, spec.Replicas);
        var container = Assert.Single(spec.Template!.Spec!.Containers!);
        Assert.Equal("mariadb", container.Name);
        Assert.Equal("mariadb:11.4", container.Image);
        var port = Assert.Single(container.Ports!);
        Assert.Equal(("mysql", 3306), (port.Name, port.ContainerPort));
        Assert.Null(port.Protocol);
        var env = Assert.Single(container.Env!);
        Assert.Equal("MARIADB_ROOT_PASSWORD", env.Name);
        Assert.Null(env.Value);
        Assert.Equal(("mariadb-secret", "root-password"), (env.ValueFrom!.SecretKeyRef!.Name, env.ValueFrom.SecretKeyRef.Key));
        var mount = Assert.Single(container.VolumeMounts!);
        Assert.Equal(("mariadb-data", "/var/lib/mysql", (bool?)null), (mount.Name, mount.MountPath, mount.ReadOnly));
        var claim = Assert.Single(spec.VolumeClaimTemplates!);
        Assert.Equal("mariadb-data", claim.Metadata!.Name);
        Assert.Equal(["ReadWriteOnce"], claim.Spec!.AccessModes!);
        Assert.Equal(Quantity.Parse("250Mi"), claim.Spec.Resources!.Requests!["storage"]);
        Assert.Equal("250Mi", claim.Spec.Resources.Requests["storage"].ToString());
        Assert.Null(claim.Spec.StorageClassName);
        Assert.Null(spec.UpdateStrategy);
        Assert.Null(spec.PodManagementPolicy);
    }

    [Fact]
    public void One_label_set_becomes_both_the_selector_and_the_template_labels()
    {
        var (_, _, db) = MariaDbExample.Parts();

        var spec = db.Build().Spec!;

        Assert.Equal(MariaDbExample.AppLabels, Labels.Of([.. spec.Selector!.MatchLabels!.Select(p => (p.Key, p.Value))]));
        Assert.Equal(spec.Selector.MatchLabels, spec.Template!.Metadata!.Labels);
        Assert.NotSame(spec.Selector.MatchLabels, spec.Template.Metadata.Labels);
    }

    [Fact]
    public void GovernedBy_a_name_refers_to_a_service_outside_the_manifests()
    {
        var set = StatefulSet.Named("db").GovernedBy("shared-headless").Build();

        Assert.Equal("shared-headless", set.Spec!.ServiceName);
    }

    [Fact]
    public void Claim_templates_take_a_class_by_reference_or_name_and_further_settings()
    {
        var fast = StorageClass.Named("fast").Provisioner("ebs.csi.aws.com");
        var set = StatefulSet.Named("db")
            .ClaimTemplate("data", AccessMode.ReadWriteOncePod, "10Gi", fast)
            .ClaimTemplate("logs", [AccessMode.ReadWriteOnce, AccessMode.ReadOnlyMany], "1Gi", "standard", t => t
                .VolumeMode(VolumeMode.Block)
                .Selecting(Labels.Of("disk", "ssd"))
                .Labeled(Labels.Of("kind", "logs")))
            .Build();

        var templates = set.Spec!.VolumeClaimTemplates!;
        Assert.Equal("fast", templates[0].Spec!.StorageClassName);
        Assert.Equal(["ReadWriteOncePod"], templates[0].Spec!.AccessModes!);
        Assert.Null(templates[0].Spec!.VolumeMode);
        var logs = templates[1];
        Assert.Equal("standard", logs.Spec!.StorageClassName);
        Assert.Equal(["ReadWriteOnce", "ReadOnlyMany"], logs.Spec.AccessModes!);
        Assert.Equal("Block", logs.Spec.VolumeMode);
        Assert.Equal("ssd", logs.Spec.Selector!.MatchLabels!["disk"]);
        Assert.Equal("logs", logs.Metadata!.Labels!["kind"]);
    }

    [Fact]
    public void Policies_and_strategies_use_the_wire_strings()
    {
        var set = StatefulSet.Named("db")
            .PodManagement(PodManagementPolicy.Parallel)
            .RollingUpdate(partition: 2, maxUnavailable: "50%")
            .MinReadySeconds(10)
            .RetainClaims(whenDeleted: ClaimRetention.Delete, whenScaled: ClaimRetention.Retain)
            .OrdinalsStart(1)
            .Build();

        var spec = set.Spec!;
        Assert.Equal("Parallel", spec.PodManagementPolicy);
        Assert.Equal("RollingUpdate", spec.UpdateStrategy!.Type);
        Assert.Equal(2, spec.UpdateStrategy.RollingUpdate!.Partition);
        Assert.Equal(new IntOrString("50%"), spec.UpdateStrategy.RollingUpdate.MaxUnavailable);
        Assert.Equal(10, spec.MinReadySeconds);
        Assert.Equal("Delete", spec.PersistentVolumeClaimRetentionPolicy!.WhenDeleted);
        Assert.Equal("Retain", spec.PersistentVolumeClaimRetentionPolicy.WhenScaled);
        Assert.Equal(1, spec.Ordinals!.Start);
    }

    [Fact]
    public void OnDelete_replaces_an_earlier_rolling_update_and_a_bare_rolling_update_has_no_parameters()
    {
        var onDelete = StatefulSet.Named("db").RollingUpdate(partition: 1).OnDelete().Build().Spec!.UpdateStrategy!;
        var rolling = StatefulSet.Named("db").RollingUpdate().Build().Spec!.UpdateStrategy!;

        Assert.Equal("OnDelete", onDelete.Type);
        Assert.Null(onDelete.RollingUpdate);
        Assert.Equal("RollingUpdate", rolling.Type);
        Assert.Null(rolling.RollingUpdate);
    }

    [Fact]
    public void Identities_follow_the_controller_naming()
    {
        var (_, _, db) = MariaDbExample.Parts();

        Assert.Equal("mariadb-2", db.PodName(2));
        Assert.Equal(["mariadb-0", "mariadb-1", "mariadb-2"], db.PodNames);
        Assert.Equal("mariadb-0.mariadb.database.svc.cluster.local", db.PodDnsName(0));
        Assert.Equal("mariadb-data-mariadb-1", db.ClaimName("mariadb-data", 1));
    }

    [Fact]
    public void Identities_honour_the_ordinal_start_and_the_application_cluster_domain()
    {
        var (app, _, db) = MariaDbExample.Parts();
        app.ClusterDomain("corp.example");
        db.OrdinalsStart(5);

        Assert.Equal(["mariadb-5", "mariadb-6", "mariadb-7"], db.PodNames);
        Assert.Equal("mariadb-7.mariadb.database.svc.corp.example", db.PodDnsName(7));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => db.PodName(0));
        Assert.Contains("ordinals are 5 to 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identities_explain_what_is_missing()
    {
        var lonely = StatefulSet.Named("db").Replicas(1).ClaimTemplate("data", AccessMode.ReadWriteOnce, "1Gi");

        Assert.Contains("GovernedBy", Assert.Throws<InvalidOperationException>(() => lonely.PodDnsName(0)).Message, StringComparison.Ordinal);
        lonely.GovernedBy("db");
        Assert.Contains("InNamespace", Assert.Throws<InvalidOperationException>(() => lonely.PodDnsName(0)).Message, StringComparison.Ordinal);
        Assert.Equal("db-0.db.apps.svc.cluster.local", lonely.InNamespace("apps").PodDnsName(0));
        var unknown = Assert.Throws<ArgumentException>(() => lonely.ClaimName("logs", 0));
        Assert.Contains("has 'data'", unknown.Message, StringComparison.Ordinal);
    }
}
