using KubernetesJson = k8s.KubernetesJson;
using K8sTyped.Models;
using Theirs = k8s.Models;

namespace K8sTyped.KubernetesClient.Tests;

/// <summary>
/// Ours → theirs → ours is the same object, and theirs serialises to the same JSON as ours, for every object of every
/// fixture and sample; the client reads the samples' YAML into the same JSON too.
/// </summary>
public sealed class ConversionTests
{
    public static TheoryData<string> Entries => Corpus.Entries;

    [Theory]
    [MemberData(nameof(Entries))]
    public void Ours_to_theirs_and_back_is_lossless_and_theirs_serialises_to_our_json(string entry)
    {
        foreach (var ours in Corpus.Objects(entry))
        {
            var ourJson = KubernetesYaml.SerializeJson(ours);

            var theirs = ours.ToKubernetesClient();
            var back = theirs.ToK8sTyped();

            Assert.Equal(ours.GetType(), back.GetType());
            JsonComparison.AssertSame(ourJson, KubernetesYaml.SerializeJson(back), $"{entry}: {ours.Kind} back");
            JsonComparison.AssertSame(ourJson, KubernetesJson.Serialize(theirs), $"{entry}: {ours.Kind} theirs");
        }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void The_client_reads_our_yaml_into_the_same_json(string entry)
    {
        var ours = Corpus.Objects(entry);

        var theirs = k8s.KubernetesYaml.LoadAllFromString(KubernetesYaml.Serialize(ours));

        Assert.Equal(ours.Count, theirs.Count);
        foreach (var (our, their) in KubernetesObjectOrderOf(ours).Zip(theirs))
            JsonComparison.AssertSame(KubernetesYaml.SerializeJson(our), KubernetesJson.Serialize(their), $"{entry}: {our.Kind}");
    }

    [Fact]
    public void Typed_conversions_give_the_model_types_of_each_side()
    {
        var statefulSet = Corpus.Samples["mariadb"]().Objects.OfType<V1StatefulSet>().Single();

        var theirs = statefulSet.ToKubernetesClient<Theirs.V1StatefulSet>();
        var back = theirs.ToK8sTyped<V1StatefulSet>();

        Assert.Equal(statefulSet.Spec!.ServiceName, theirs.Spec.ServiceName);
        Assert.Equal(statefulSet.Spec.VolumeClaimTemplates![0].Spec!.Resources!.Requests!["storage"].ToString(),
            theirs.Spec.VolumeClaimTemplates[0].Spec.Resources.Requests["storage"].ToString());
        Assert.Equal(statefulSet.Spec.Replicas, back.Spec!.Replicas);
    }

    [Fact]
    public void An_application_converts_in_manifest_order()
    {
        var application = Corpus.Samples["mariadb"]();

        var theirs = application.ToKubernetesClient();

        Assert.Equal(application.Objects.Select(o => (o.ApiVersion, o.Kind)), theirs.Select(o => ((string?)o.ApiVersion, (string?)o.Kind)));
    }

    [Fact]
    public void Asking_for_the_wrong_type_says_what_the_object_is()
    {
        var service = Corpus.Samples["mariadb"]().Objects.OfType<V1Service>().First();

        var error = Assert.Throws<KubernetesConversionException>(() => service.ToKubernetesClient<Theirs.V1StatefulSet>());

        Assert.Equal("Service in v1 is not a V1StatefulSet.", error.Message);
    }

    // The client keeps document order; ours writes in manifest order, which for a written stream is document order.
    private static IReadOnlyList<K8sTyped.Models.IKubernetesObject> KubernetesObjectOrderOf(IReadOnlyList<K8sTyped.Models.IKubernetesObject> objects) =>
        K8sTyped.Serialization.KubernetesObjectOrder.Sort(objects);
}
