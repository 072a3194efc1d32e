namespace K8sTyped.Benchmarks;

/// <summary>
/// The application the writer benchmarks write: <c>units</c> copies of the MariaDB sample's headless Service and
/// StatefulSet (probe, env from a Secret, requests and limits, a claim template), each under its own name.
/// </summary>
internal static class WriterUnits
{
    public static Application Application(int units)
    {
        var application = K8sTyped.Application.Named("units").InNamespace("units");
        for (var i = 0; i < units; i++)
        {
            var labels = Labels.Of("app", $"db-{i}");
            var service = Service.Headless($"db-{i}")
                .Labeled(labels)
                .Selecting(labels)
                .Port("mysql", 3306, targetPort: "mysql")
                .PublishNotReadyAddresses();
            var database = StatefulSet.Named($"db-{i}")
                .GovernedBy(service)
                .Replicas(3)
                .Pods(labels, pod => pod
                    .TerminationGracePeriodSeconds(30)
                    .Container("mariadb", "mariadb:11.4", c => c
                        .Port("mysql", 3306)
                        .Env("MARIADB_ROOT_PASSWORD", Secret.Key("db-secret", "root-password"))
                        .Requests(cpu: "250m", memory: "512Mi")
                        .Limits(memory: "1Gi")
                        .ReadinessProbe(Probe.Exec("healthcheck.sh", "--connect", "--innodb_initialized").InitialDelay(10).Period(5))
                        .Mount("data", "/var/lib/mysql")))
                .ClaimTemplate("data", AccessMode.ReadWriteOnce, "250Mi");
            application.Add(service, database);
        }

        return application.ExternalSecret("db-secret");
    }
}
