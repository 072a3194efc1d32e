using K8sTyped.Models;

namespace K8sTyped.Tests.Dsl;

/// <summary>Typed model objects added to an application beside DSL resources.</summary>
public class AddedObjectTests
{
    private static V1PodDisruptionBudget Budget(string name = "queue") => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1PodDisruptionBudgetSpec
        {
            MaxUnavailable = 1,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "queue" } },
        },
    };

    private static (Application App, V1PodDisruptionBudget Budget) QueueApp()
    {
        var pods = Labels.Of("app", "queue");
        var service = Service.Headless("queue").Selecting(pods).Port("amqp", 5672);
        var set = StatefulSet.Named("queue").GovernedBy(service).Replicas(3)
            .Pods(pods, pod => pod.Container("rabbitmq", "rabbitmq:4", c => c.Port("amqp", 5672)));
        var budget = Budget();
        var app = Application.Named("queue").InNamespace("messaging").WithLabels(Labels.Of("team", "platform")).Add(service, set).Add(budget);
        return (app, budget);
    }

    [Fact]
    public void An_added_object_gets_the_application_namespace_and_common_labels_but_not_on_its_selector()
    {
        var (app, _) = QueueApp();

        var built = Assert.Single(app.Objects.OfType<V1PodDisruptionBudget>());
        Assert.Equal("messaging", built.Metadata!.Namespace);
        Assert.Equal("platform", built.Metadata.Labels!["team"]);
        Assert.Equal(new Dictionary<string, string> { ["app"] = "queue" }, built.Spec!.Selector!.MatchLabels);
    }

    [Fact]
    public void Building_never_changes_the_object_the_caller_added_and_later_changes_show_in_later_builds()
    {
        var (app, budget) = QueueApp();

        _ = app.ToYaml();
        Assert.Null(budget.Metadata!.Namespace);
        Assert.Null(budget.Metadata.Labels);
        Assert.Same(budget, Assert.Single(app.AddedObjects));

        budget.Spec!.MaxUnavailable = 2;
        Assert.Equal(2, Assert.Single(app.Objects.OfType<V1PodDisruptionBudget>()).Spec!.MaxUnavailable!.Value.IntValue);
    }

    [Fact]
    public void An_added_object_keeps_its_own_namespace_and_labels()
    {
        var budget = Budget();
        budget.Metadata!.Namespace = "elsewhere";
        budget.Metadata.Labels = new Dictionary<string, string> { ["team"] = "queues" };
        var app = Application.Named("queue").InNamespace("messaging").WithLabels(Labels.Of("team", "platform")).Add(budget);

        var built = Assert.Single(app.Objects.OfType<V1PodDisruptionBudget>());
        Assert.Equal("elsewhere", built.Metadata!.Namespace);
        Assert.Equal("queues", built.Metadata.Labels!["team"]);
    }

    [Fact]
    public void A_cluster_scoped_object_gets_no_namespace()
    {
        var storageClass = new V1StorageClass { Metadata = new V1ObjectMeta { Name = "fast" }, Provisioner = "pd.csi.storage.gke.io" };
        var app = Application.Named("storage").InNamespace("messaging").Add(storageClass);

        Assert.Null(Assert.Single(app.Objects.OfType<V1StorageClass>()).Metadata!.Namespace);
    }

    [Fact]
    public void A_typed_workload_gets_common_labels_on_its_pod_template()
    {
        var deployment = new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "web" },
            Spec = new V1DeploymentSpec
            {
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" } },
                    Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx:1.27" }] },
                },
            },
        };
        var app = Application.Named("web").WithLabels(Labels.Of("team", "platform")).Add(deployment);

        var built = Assert.Single(app.Objects.OfType<V1Deployment>());
        Assert.Equal("platform", built.Spec!.Template!.Metadata!.Labels!["team"]);
        Assert.False(built.Spec.Selector!.MatchLabels!.ContainsKey("team"));
    }

    [Fact]
    public void A_typed_workload_without_pod_template_metadata_is_written_as_given_when_there_are_no_common_labels()
    {
        var job = new V1CronJob
        {
            Metadata = new V1ObjectMeta { Name = "hello" },
            Spec = new V1CronJobSpec
            {
                Schedule = "* * * * *",
                JobTemplate = new V1JobTemplateSpec
                {
                    Spec = new V1JobSpec
                    {
                        Template = new V1PodTemplateSpec
                        {
                            Spec = new V1PodSpec { RestartPolicy = "OnFailure", Containers = [new V1Container { Name = "hello", Image = "busybox" }] },
                        },
                    },
                },
            },
        };

        var yaml = Application.Named("jobs").Add(job).ToYaml();

        Assert.Equal(KubernetesYaml.Serialize(job), yaml);
        Assert.DoesNotContain("metadata: {}", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_yaml_writes_an_added_object_as_the_typed_object_with_namespace_and_labels_would_be_written()
    {
        var (app, budget) = QueueApp();
        budget.Metadata!.Namespace = "messaging";
        budget.Metadata.Labels = new Dictionary<string, string> { ["team"] = "platform" };

        Assert.Contains(KubernetesYaml.Serialize(budget), app.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_see_an_added_object()
    {
        var budget = Budget();
        budget.Metadata!.Name = "Queue_Budget";
        var app = Application.Named("queue").InNamespace("messaging").Add(budget);

        Assert.Contains(app.Validate().Diagnostics, d => d.Id == "KT1001" && d.Object!.Kind == "PodDisruptionBudget");
    }

    [Fact]
    public void An_object_of_a_type_outside_the_model_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Application.Named("app").Add(new NotAModel()));
    }

    private sealed class NotAModel : IKubernetesObject
    {
        public string? ApiVersion { get; set; }
        public string? Kind { get; set; }
    }
}
