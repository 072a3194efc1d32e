using K8sTyped;

namespace MySql;

/// <summary>
/// MySQL with one primary and two replicas using GTID replication. Pod mysql-0 is the primary; the others read
/// replica.cnf and replicate from mysql-0 through its stable DNS name, which the DSL computes from the StatefulSet and
/// its headless Service. Writes go to that name; reads go to the <c>mysql-read</c> Service, which spreads them over
/// every pod. The root password Secret is created by the platform.
/// </summary>
public static class MySqlManifests
{
    public const string TargetNamespace = "mysql";
    public const string RootPasswordSecret = "mysql-secret";
    public const string PrimaryHostVariable = "MYSQL_PRIMARY_HOST";
    private const string Image = "mysql:8.4";

    // GTIDs let a new replica start from the primary's first transaction without knowing binlog positions.
    private const string PrimaryConfig = """
        [mysqld]
        log-bin=mysql-bin
        gtid-mode=ON
        enforce-gtid-consistency=ON
        """;

    // read-only, not super-read-only: the image creates the root user at first start, which super-read-only would refuse.
    private const string ReplicaConfig = """
        [mysqld]
        read-only=ON
        gtid-mode=ON
        enforce-gtid-consistency=ON
        """;

    // Each pod needs a unique server-id and its role's configuration; the ordinal in the hostname gives both.
    private const string ChooseConfigScript = """
        set -ex
        [[ $HOSTNAME =~ -([0-9]+)$ ]] || exit 1
        ordinal=${BASH_REMATCH[1]}
        printf '[mysqld]\nserver-id=%d\n' $((100 + ordinal)) > /mnt/conf.d/server-id.cnf
        if [[ $ordinal -eq 0 ]]; then
          cp /mnt/config-map/primary.cnf /mnt/conf.d/
        else
          cp /mnt/config-map/replica.cnf /mnt/conf.d/
        fi
        """;

    // Replicas point themselves at the primary once; the setting persists in the data directory across restarts.
    private const string StartReplicationScript = """
        set -e
        [[ $HOSTNAME =~ -([0-9]+)$ ]] || exit 1
        if [[ ${BASH_REMATCH[1]} -ne 0 ]]; then
          until mysql -h 127.0.0.1 -uroot -p"$MYSQL_ROOT_PASSWORD" -e 'SELECT 1'; do sleep 2; done
          if [[ -z "$(mysql -h 127.0.0.1 -uroot -p"$MYSQL_ROOT_PASSWORD" -e 'SHOW REPLICA STATUS')" ]]; then
            mysql -h 127.0.0.1 -uroot -p"$MYSQL_ROOT_PASSWORD" -e "CHANGE REPLICATION SOURCE TO SOURCE_HOST='$MYSQL_PRIMARY_HOST', SOURCE_USER='root', SOURCE_PASSWORD='$MYSQL_ROOT_PASSWORD', SOURCE_AUTO_POSITION=1, GET_SOURCE_PUBLIC_KEY=1; START REPLICA;"
          fi
        fi
        exec sleep infinity
        """;

    public static Application Build()
    {
        var labels = Labels.Of("app", "mysql");
        var ns = Namespace.Named(TargetNamespace);
        var rootPassword = Secret.Key(RootPasswordSecret, "root-password");

        var config = ConfigMap.Named("mysql")
            .Data("primary.cnf", PrimaryConfig)
            .Data("replica.cnf", ReplicaConfig);

        // Replicas must reach the primary by name while pods are still starting, hence publishNotReadyAddresses.
        var headless = Service.Headless("mysql-h")
            .Selecting(labels)
            .Port("mysql", 3306, targetPort: "mysql")
            .PublishNotReadyAddresses();

        var reads = Service.ClusterIP("mysql-read")
            .Selecting(labels)
            .Port("mysql", 3306, targetPort: "mysql");

        var database = StatefulSet.Named("mysql")
            .GovernedBy(headless)
            .Replicas(3);

        var application = Application.Named("mysql")
            .InNamespace(ns)
            .Add(ns, config, headless, reads, database)
            .ExternalSecret(RootPasswordSecret);

        // The DNS name needs the set's namespace, which it takes from the application: so it is computed after Add.
        var primaryHost = database.PodDnsName(0);

        database
            .Pods(labels, pod => pod
                .InitContainer("init-mysql", Image, c => c
                    .Command("bash", "-c", ChooseConfigScript)
                    .Mount("conf", "/mnt/conf.d")
                    .Mount("config-map", "/mnt/config-map", readOnly: true))
                .Container("mysql", Image, c => c
                    .Port("mysql", 3306)
                    .Env("MYSQL_ROOT_PASSWORD", rootPassword)
                    .Requests(cpu: "500m", memory: "1Gi")
                    .Limits(memory: "2Gi")
                    .ReadinessProbe(Probe.Exec("sh", "-c", "mysqladmin ping -h 127.0.0.1 -uroot -p\"$MYSQL_ROOT_PASSWORD\"").InitialDelay(10).Period(5))
                    .Mount("data", "/var/lib/mysql")
                    .Mount("conf", "/etc/mysql/conf.d"))
                .Container("replication", Image, c => c
                    .Command("bash", "-c", StartReplicationScript)
                    .Env("MYSQL_ROOT_PASSWORD", rootPassword)
                    .Env(PrimaryHostVariable, primaryHost)
                    .Requests(cpu: "10m", memory: "32Mi"))
                .EmptyDirVolume("conf")
                .ConfigMapVolume("config-map", config))
            .ClaimTemplate("data", AccessMode.ReadWriteOnce, "10Gi");

        return application;
    }
}
