using K8sTyped;

namespace MariaDb;

/// <summary>
/// Replicated MariaDB: its namespace, the headless Service that gives each replica a stable DNS name, and a StatefulSet
/// of three with one 250Mi ReadWriteOnce claim per replica. The root password Secret is created by the platform, so it
/// is declared external instead of being written here in clear text.
/// </summary>
public static class MariaDbManifests
{
    public const string TargetNamespace = "database";
    public const string DataClaimTemplate = "mariadb-data";
    public const string RootPasswordSecret = "mariadb-secret";

    public static Application Build()
    {
        var labels = Labels.Of("app", "mariadb");

        var ns = Namespace.Named(TargetNamespace);

        // Peers must resolve each other while they start (before they are ready), hence publishNotReadyAddresses.
        var service = Service.Headless("mariadb")
            .Labeled(labels)
            .Selecting(labels)
            .Port("mysql", 3306, targetPort: "mysql")
            .PublishNotReadyAddresses();

        var database = StatefulSet.Named("mariadb")
            .GovernedBy(service)
            .Replicas(3)
            .Pods(labels, pod => pod
                .TerminationGracePeriodSeconds(30)
                .Container("mariadb", "mariadb:11.4", c => c
                    .Port("mysql", 3306)
                    .Env("MARIADB_ROOT_PASSWORD", Secret.Key(RootPasswordSecret, "root-password"))
                    .Requests(cpu: "250m", memory: "512Mi")
                    .Limits(memory: "1Gi")
                    .ReadinessProbe(Probe.Exec("healthcheck.sh", "--connect", "--innodb_initialized").InitialDelay(10).Period(5))
                    .Mount(DataClaimTemplate, "/var/lib/mysql")))
            .ClaimTemplate(DataClaimTemplate, AccessMode.ReadWriteOnce, "250Mi");

        return Application.Named("mariadb")
            .InNamespace(ns)
            .Add(ns, service, database)
            .ExternalSecret(RootPasswordSecret);
    }
}
