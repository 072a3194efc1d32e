namespace K8sTyped.Tests.Dsl;

/// <summary>The MariaDB example of docs/dsl.md, written exactly as a user would.</summary>
internal static class MariaDbExample
{
    public static readonly Labels AppLabels = Labels.Of("app", "mariadb");

    public static (Application App, Service Service, StatefulSet Database) Parts()
    {
        var labels = Labels.Of("app", "mariadb");
        var svc = Service.Headless("mariadb").Selecting(labels).Port("mysql", 3306);
        var db = StatefulSet.Named("mariadb").GovernedBy(svc).Replicas(3).Pods(labels, pod => pod
                .Container("mariadb", "mariadb:11.4", c => c.Port("mysql", 3306)
                    .Env("MARIADB_ROOT_PASSWORD", Secret.Key("mariadb-secret", "root-password"))
                    .Mount("mariadb-data", "/var/lib/mysql")))
            .ClaimTemplate("mariadb-data", AccessMode.ReadWriteOnce, "250Mi");
        var app = K8sTyped.Application.Named("mariadb").InNamespace("database").Add(svc, db);
        return (app, svc, db);
    }

    public static K8sTyped.Application Application() => Parts().App;
}
