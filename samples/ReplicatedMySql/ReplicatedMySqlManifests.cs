using K8sTyped;

namespace ReplicatedMySql;

/// <summary>
/// The kubernetes.io tutorial "Run a Replicated Stateful Application": MySQL 5.7 with asynchronous binlog replication.
/// Pod mysql-0 is the primary; each new replica clones the data of its predecessor with XtraBackup (init container
/// clone-mysql), then starts replicating from the primary at <c>mysql-0.mysql</c>; the xtrabackup sidecar serves clones
/// to the next replica. Writes go to mysql-0.mysql, reads to the <c>mysql-read</c> Service.
/// </summary>
public static class ReplicatedMySqlManifests
{
    private const string MySqlImage = "mysql:5.7";
    private const string XtraBackupImage = "gcr.io/google-samples/xtrabackup:1.0";

    private const string PrimaryConfig = """
        # Apply this config only on the primary.
        [mysqld]
        log-bin

        """;

    private const string SecondaryConfig = """
        # Apply this config only on secondaries.
        [mysqld]
        super-read-only

        """;

    private const string InitMySqlScript = """
        set -ex
        # Generate mysql server-id from pod ordinal index.
        [[ `hostname` =~ -([0-9]+)$ ]] || exit 1
        ordinal=${BASH_REMATCH[1]}
        echo [mysqld] > /mnt/conf.d/server-id.cnf
        # Add an offset to avoid reserved server-id=0 value.
        echo server-id=$((100 + $ordinal)) >> /mnt/conf.d/server-id.cnf
        # Copy appropriate conf.d files from config-map to emptyDir.
        if [[ $ordinal -eq 0 ]]; then
          cp /mnt/config-map/primary.cnf /mnt/conf.d/
        else
          cp /mnt/config-map/secondary.cnf /mnt/conf.d/
        fi

        """;

    private const string CloneMySqlScript = """
        set -ex
        # Skip the clone if data already exists.
        [[ -d /var/lib/mysql/mysql ]] && exit 0
        # Skip the clone on primary (ordinal index 0).
        [[ `hostname` =~ -([0-9]+)$ ]] || exit 1
        ordinal=${BASH_REMATCH[1]}
        [[ $ordinal -eq 0 ]] && exit 0
        # Clone data from previous peer.
        ncat --recv-only mysql-$(($ordinal-1)).mysql 3307 | xbstream -x -C /var/lib/mysql
        # Prepare the backup.
        xtrabackup --prepare --target-dir=/var/lib/mysql

        """;

    private const string XtraBackupScript = """
        set -ex
        cd /var/lib/mysql

        # Determine binlog position of cloned data, if any.
        if [[ -f xtrabackup_slave_info && "x$(<xtrabackup_slave_info)" != "x" ]]; then
          # XtraBackup already generated a partial "CHANGE MASTER TO" query
          # because we're cloning from an existing secondary. (Need to remove the tailing semicolon!)
          cat xtrabackup_slave_info | sed -E 's/;$//g' > change_master_to.sql.in
          # Ignore xtrabackup_binlog_info in this case (it's useless).
          rm -f xtrabackup_slave_info xtrabackup_binlog_info
        elif [[ -f xtrabackup_binlog_info ]]; then
          # We're cloning directly from primary. Parse binlog position.
          [[ `cat xtrabackup_binlog_info` =~ ^(.*?)[[:space:]]+(.*?)$ ]] || exit 1
          rm -f xtrabackup_binlog_info xtrabackup_slave_info
          echo "CHANGE MASTER TO MASTER_LOG_FILE='${BASH_REMATCH[1]}',\
                MASTER_LOG_POS=${BASH_REMATCH[2]}" > change_master_to.sql.in
        fi

        # Check if we need to complete a clone by starting replication.
        if [[ -f change_master_to.sql.in ]]; then
          echo "Waiting for mysqld to be ready (accepting connections)"
          until mysql -h 127.0.0.1 -e "SELECT 1"; do sleep 1; done

          echo "Initializing replication from clone position"
          mysql -h 127.0.0.1 \
                -e "$(<change_master_to.sql.in), \
                        MASTER_HOST='mysql-0.mysql', \
                        MASTER_USER='root', \
                        MASTER_PASSWORD='', \
                        MASTER_CONNECT_RETRY=10; \
                      START SLAVE;" || exit 1
          # In case of container restart, attempt this at-most-once.
          mv change_master_to.sql.in change_master_to.sql.orig
        fi

        # Start a server to send backups when requested by peers.
        exec ncat --listen --keep-open --send-only --max-conns=1 3307 -c \
          "xtrabackup --backup --slave-info --stream=xbstream --host=127.0.0.1 --user=root"

        """;

    public static Application Build()
    {
        var labels = Labels.Of("app", "mysql");
        var serviceLabels = labels.And("app.kubernetes.io/name", "mysql");

        var config = ConfigMap.Named("mysql")
            .Labeled(labels)
            .Data("primary.cnf", PrimaryConfig)
            .Data("secondary.cnf", SecondaryConfig);

        // Headless service for stable DNS entries of StatefulSet members.
        var headless = Service.Headless("mysql")
            .Labeled(serviceLabels)
            .Selecting(labels)
            .Port("mysql", 3306);

        // Client service for connecting to any MySQL instance for reads; writes go to the primary, mysql-0.mysql.
        var reads = Service.ClusterIP("mysql-read")
            .Labeled(serviceLabels.And("readonly", "true"))
            .Selecting(labels)
            .Port("mysql", 3306);

        var database = StatefulSet.Named("mysql")
            .GovernedBy(headless)
            .Replicas(3)
            .Pods(labels, pod => pod
                .InitContainer("init-mysql", MySqlImage, c => c
                    .Command("bash", "-c", InitMySqlScript)
                    .Mount("conf", "/mnt/conf.d")
                    .Mount("config-map", "/mnt/config-map"))
                .InitContainer("clone-mysql", XtraBackupImage, c => c
                    .Command("bash", "-c", CloneMySqlScript)
                    .Mount("data", "/var/lib/mysql", subPath: "mysql")
                    .Mount("conf", "/etc/mysql/conf.d"))
                .Container("mysql", MySqlImage, c => c
                    .Env("MYSQL_ALLOW_EMPTY_PASSWORD", "1")
                    .Port("mysql", 3306)
                    .Mount("data", "/var/lib/mysql", subPath: "mysql")
                    .Mount("conf", "/etc/mysql/conf.d")
                    .Requests(cpu: "500m", memory: "1Gi")
                    .LivenessProbe(Probe.Exec("mysqladmin", "ping").InitialDelay(30).Period(10).Timeout(5))
                    // Check we can execute queries over TCP (skip-networking is off).
                    .ReadinessProbe(Probe.Exec("mysql", "-h", "127.0.0.1", "-e", "SELECT 1").InitialDelay(5).Period(2).Timeout(1)))
                .Container("xtrabackup", XtraBackupImage, c => c
                    .Port("xtrabackup", 3307)
                    .Command("bash", "-c", XtraBackupScript)
                    .Mount("data", "/var/lib/mysql", subPath: "mysql")
                    .Mount("conf", "/etc/mysql/conf.d")
                    .Requests(cpu: "100m", memory: "100Mi"))
                .EmptyDirVolume("conf")
                .ConfigMapVolume("config-map", config))
            .ClaimTemplate("data", AccessMode.ReadWriteOnce, "10Gi");

        return Application.Named("replicated-mysql").Add(config, headless, reads, database);
    }
}
