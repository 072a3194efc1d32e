using K8sTyped.Rules.Binding;
using K8sTyped.Rules.Changes;
using K8sTyped.Rules.Graph;
using K8sTyped.Rules.Naming;
using K8sTyped.Rules.Schema;
using K8sTyped.Rules.Services;
using K8sTyped.Rules.Storage;
using K8sTyped.Rules.Workloads;

namespace K8sTyped.Rules;

/// <summary>
/// Every rule K8sTyped has, ordered by id. Listed by hand rather than found by reflection: scanning the assembly's 1,400
/// types cost a fresh process about 15 ms before the first validation. A test checks that every concrete
/// <see cref="Rule"/> is listed exactly once and that the order is by id.
/// </summary>
public static class RuleCatalog
{
    /// <summary>The rules, ordered by id.</summary>
    public static IReadOnlyList<Rule> Rules { get; } =
        new Rule[]
        {
            new InvalidObjectNameRule(),
            new StatefulSetNameTooLongRule(),
            new InvalidLabelRule(),
            new InvalidPortNameRule(),
            new PortOutOfRangeRule(),
            new InvalidMemberNameRule(),
            new RequiredFieldMissingRule(),
            new ValueNotAllowedRule(),
            new MilliStorageQuantityRule(),
            new NegativeCountRule(),
            new SelectorMismatchRule(),
            new WorkloadPodPolicyRule(),
            new InvalidUpdateStrategyRule(),
            new DuplicateInPodRule(),
            new SpreadSelectorMissesOwnPodsRule(),
            new AntiAffinityExceedsNodesRule(),
            new NonRootHostPathWriteRule(),
            new ClaimWithoutAccessModesRule(),
            new ClaimWithoutStorageRequestRule(),
            new ReadWriteOncePodNotExclusiveRule(),
            new VolumeSourceCountRule(),
            new VolumeCapacityRule(),
            new LocalVolumeWithoutNodeAffinityRule(),
            new RecycleReclaimPolicyRule(),
            new StorageClassRecycleRule(),
            new HostPathVolumeOnMultiNodeRule(),
            new InTreeAwsElasticBlockStoreRule(),
            new DefaultClassAnnotationRule(),
            new InvalidHostPathRule(),
            new HeadlessServiceTypeRule(),
            new ServicePortsRule(),
            new LiteralSecretDataRule(),
            new GoverningServiceMissingRule(),
            new GoverningServiceNotHeadlessRule(),
            new GoverningServiceSelectsOtherPodsRule(),
            new ServiceSelectsNothingRule(),
            new MountWithoutVolumeRule(),
            new VolumeShadowedByClaimTemplateRule(),
            new UnusedClaimTemplateRule(),
            new DuplicateObjectRule(),
            new SeveralDefaultStorageClassesRule(),
            new ReferenceOutsideManifestsRule(),
            new PodSubdomainWithoutServiceRule(),
            new DisruptionBudgetSelectsNothingRule(),
            new DisruptionBudgetSpansWorkloadsRule(),
            new DisruptionBudgetBlocksEvictionsRule(),
            new ClaimCannotBindRule(),
            new ClaimsCompeteForVolumeRule(),
            new PreBindingMismatchRule(),
            new WaitForFirstConsumerBindingRule(),
            new UnknownClassClaimRule(),
            new StatefulSetImmutableFieldRule(),
            new ClaimSpecChangeRule(),
            new PersistentVolumeChangeRule(),
            new StorageClassChangeRule(),
            new ServiceHeadlessToggleRule(),
            new ClaimGrowsWithoutExpansionRule(),
        };
}
