using K8sTyped.Models;

namespace K8sTyped.Tool.Import.Kinds;

/// <summary>
/// The DSL plan for an object of a kind the DSL describes, or null (the object is then written as a typed initializer).
/// A plan need not be complete or even right: the import builds it and keeps whatever differs from the input.
/// </summary>
internal static class KindImports
{
    /// <summary>
    /// The order plans are made in: kinds others refer to (a Service, a ConfigMap, a claim) before the kinds that refer to
    /// them, so a reference is made only to an object that is itself written with the DSL.
    /// </summary>
    public static int ReferenceRank(string kind) => kind switch
    {
        V1PersistentVolumeClaim.KubeKind => 1,                                                                  // → StorageClass
        V1StatefulSet.KubeKind or V1Deployment.KubeKind or V1Pod.KubeKind or V1PersistentVolume.KubeKind => 2, // → claims, Services, ...
        V1PodDisruptionBudget.KubeKind => 3,                                                                    // → workloads
        _ => 0,
    };

    public static IResourcePlan? PlanFor(ImportedObject obj, ImportScope scope) => obj.Model switch
    {
        V1Namespace => NamespaceImport.Plan(obj, scope),
        V1Service service => ServiceImport.Plan(service, obj, scope),
        V1ConfigMap configMap => ConfigMapImport.Plan(configMap, obj, scope),
        V1Secret secret => SecretImport.Plan(secret, obj, scope),
        V1StorageClass storageClass => StorageClassImport.Plan(storageClass, obj, scope),
        V1PersistentVolumeClaim claim => PersistentVolumeClaimImport.Plan(claim, obj, scope),
        V1PersistentVolume volume => PersistentVolumeImport.Plan(volume, obj, scope),
        V1StatefulSet set => StatefulSetImport.Plan(set, obj, scope),
        V1Deployment deployment => DeploymentImport.Plan(deployment, obj, scope),
        V1Pod pod => PodImport.Plan(pod, obj, scope),
        V1PodDisruptionBudget budget => PodDisruptionBudgetImport.Plan(budget, obj, scope),
        _ => null,
    };
}
