using K8sTyped.Models;
using K8sTyped.Origins;
using K8sTyped.Rules;
using static K8sTyped.Tests.Dsl.DslTestSupport;

namespace K8sTyped.Tests.Dsl;

public class OriginTests
{
    private static (OriginMap Origins, T Model) OriginsOf<T>(Application app) where T : IKubernetesObject
    {
        var manifests = app.ToManifestSet();
        var model = manifests.OfType<T>().Single();
        return (manifests.OriginsOf(model)!, model);
    }

    [Fact]
    public void Each_field_points_at_the_line_of_the_call_that_set_it()
    {
        var first = ThisLine();
        var db = StatefulSet.Named("db")
            .Replicas(3)
            .Pods(Labels.Of("app", "db"), pod => pod
                .Container("db", "mariadb:11.4", c => c
                    .Port("mysql", 3306)
                    .Mount("data", "/var/lib/mysql")))
            .ClaimTemplate("data", AccessMode.ReadWriteOnce, "1Gi");
        var app = Application.Named("app").Add(db);

        var (origins, _) = OriginsOf<V1StatefulSet>(app);

        Assert.Equal(first + 1, origins.Find("")!.Line);
        Assert.Equal(first + 1, origins.Find("metadata.name")!.Line);
        Assert.Equal(first + 2, origins.Find("spec.replicas")!.Line);
        Assert.Equal(first + 3, origins.Find("spec.selector.matchLabels[app]")!.Line);
        Assert.Equal(first + 3, origins.Find("spec.template.metadata.labels[app]")!.Line);
        Assert.Equal(first + 4, origins.Find("spec.template.spec.containers[0].image")!.Line);
        Assert.Equal(first + 5, origins.Find("spec.template.spec.containers[0].ports[0].containerPort")!.Line);
        Assert.Equal(first + 6, origins.Find("spec.template.spec.containers[0].volumeMounts[0].mountPath")!.Line);
        Assert.Equal(first + 7, origins.Find("spec.volumeClaimTemplates[0]")!.Line);
        Assert.Equal(first + 7, origins.Find("spec.volumeClaimTemplates[0].spec.resources.requests[storage]")!.Line);
        Assert.Equal(ThisFile(), origins.Find("spec.replicas")!.FilePath);
    }

    [Fact]
    public void Fields_set_by_the_application_point_at_the_application_calls()
    {
        var db = StatefulSet.Named("db").Pods(Labels.Of("app", "db"), pod => pod.Container("db", "x"));
        var namespaceLine = ThisLine(); var app = Application.Named("app").InNamespace("database").Add(db);
        var labelsLine = ThisLine(); app.WithLabels(Labels.Of("team", "storage"));

        var (origins, _) = OriginsOf<V1StatefulSet>(app);

        Assert.Equal(namespaceLine, origins.Find("metadata.namespace")!.Line);
        Assert.Equal(labelsLine, origins.Find("metadata.labels[team]")!.Line);
        Assert.Equal(labelsLine, origins.Find("spec.template.metadata.labels[team]")!.Line);
    }

    [Fact]
    public void The_build_time_evaluator_call_site_locates_the_argument_that_carried_each_value()
    {
        var site = new ArgumentRecordingSite();
        StatefulSet db;
        using (CallSite.Enter(site))
            db = StatefulSet.Named("db").ClaimTemplate("data", AccessMode.ReadWriteOnce, "250mb", "fast");
        var app = Application.Named("app").Add(db);

        var (origins, _) = OriginsOf<V1StatefulSet>(app);
        var finding = Assert.Single(app.Validate().Diagnostics, d => d.Id == "KT0002");

        Assert.Equal("size", finding.Origin!.FilePath);
        Assert.Equal("storageClassName", origins.Find("spec.volumeClaimTemplates[0].spec.storageClassName")!.FilePath);
        Assert.Equal("accessMode", origins.Find("spec.volumeClaimTemplates[0].spec.accessModes")!.FilePath);
        Assert.Equal("name", origins.Find("spec.volumeClaimTemplates[0].metadata.name")!.FilePath);
        Assert.Equal("<call>", origins.Find("spec.volumeClaimTemplates[0]")!.FilePath);
    }

    [Fact]
    public void Overloads_that_take_a_resource_locate_the_resource_argument()
    {
        var site = new ArgumentRecordingSite();
        Pod pod;
        PersistentVolume volume;
        using (CallSite.Enter(site))
        {
            var claim = PersistentVolumeClaim.Named("data").AccessModes(AccessMode.ReadWriteOnce);
            pod = Pod.Named("p").Label("team", "db").Spec(p => p.ClaimVolume("data", claim).SecretVolume("certs", Secret.Named("tls")));
            volume = PersistentVolume.Named("pv").Local("/mnt", "node-a").AccessModes(AccessMode.ReadWriteOnce);
        }

        var app = Application.Named("app").Add(pod, volume);
        var (podOrigins, _) = OriginsOf<V1Pod>(app);
        var (volumeOrigins, _) = OriginsOf<V1PersistentVolume>(app);

        Assert.Equal("claim", podOrigins.Find("spec.volumes[0].persistentVolumeClaim.claimName")!.FilePath);
        Assert.Equal("secret", podOrigins.Find("spec.volumes[1].secret.secretName")!.FilePath);
        Assert.Equal("value", podOrigins.Find("metadata.labels[team]")!.FilePath);
        Assert.Equal("nodeName", volumeOrigins.Find("spec.nodeAffinity")!.FilePath);
        Assert.Equal("mode", volumeOrigins.Find("spec.accessModes")!.FilePath);
    }

    [Fact]
    public void Deeper_paths_fall_back_to_the_call_that_set_their_parent()
    {
        var line = ThisLine(); var volume = PersistentVolume.Named("pv").Local("/mnt/ssd", "node-a");
        var app = Application.Named("app").Add(volume);

        var (origins, _) = OriginsOf<V1PersistentVolume>(app);

        Assert.Equal(line, origins.Find("spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]")!.Line);
    }

    [Fact]
    public void Params_methods_record_only_the_evaluator_call_site_so_the_enclosing_call_answers_at_run_time()
    {
        var line = ThisLine(); var pod = Pod.Named("p").Spec(p => p.Container("c", "x", c => c.Command("sh", "-c", "true")));
        var app = Application.Named("app").Add(pod);

        var (origins, _) = OriginsOf<V1Pod>(app);

        Assert.Equal(line, origins.Find("spec.containers[0].command")!.Line);
        Assert.Equal(ThisFile(), origins.Find("spec.containers[0].command")!.FilePath);
    }

    [Fact]
    public void Objects_outside_the_application_have_no_origins()
    {
        var manifests = Application.Named("app").Add(Service.Headless("a")).ToManifestSet();

        Assert.Null(manifests.OriginsOf(new V1Service()));
    }

    /// <summary>Stands in for the build-time evaluator: reports the parameter name as the "file" so tests can see which argument was located.</summary>
    private sealed class ArgumentRecordingSite() : CallSite(null, 0)
    {
        public override SourceOrigin Locate(string? parameterName) => new(parameterName ?? "<call>", 1);
    }
}
