using K8sTyped;
using MariaDb;

// Prints the manifests on standard output, ready for `kubectl apply -f -`.
Console.Out.Write(KubernetesYaml.Serialize(MariaDbManifests.Build()));
