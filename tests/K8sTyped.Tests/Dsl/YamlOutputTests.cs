using System.Text;
using K8sTyped.Tests.TestSupport;

namespace K8sTyped.Tests.Dsl;

public class YamlOutputTests
{
    [Fact]
    public void The_mariadb_example_produces_the_obvious_yaml()
    {
        const string expected = """
            apiVersion: v1
            kind: Service
            metadata:
              name: mariadb
              namespace: database
            spec:
              clusterIP: None
              ports:
              - name: mysql
                port: 3306
              selector:
                app: mariadb
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: mariadb
              namespace: database
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: mariadb
              serviceName: mariadb
              template:
                metadata:
                  labels:
                    app: mariadb
                spec:
                  containers:
                  - name: mariadb
                    env:
                    - name: MARIADB_ROOT_PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: mariadb-secret
                          key: root-password
                    image: mariadb:11.4
                    ports:
                    - name: mysql
                      containerPort: 3306
                    volumeMounts:
                    - name: mariadb-data
                      mountPath: /var/lib/mysql
              volumeClaimTemplates:
              - apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: mariadb-data
                spec:
                  accessModes:
                  - ReadWriteOnce
                  resources:
                    requests:
                      storage: 250Mi

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), MariaDbExample.Application().ToYaml());
    }

    [Fact]
    public void The_dsl_reproduces_the_handwritten_mariadb_fixture()
    {
        var labels = Labels.Of("app", "mariadb");
        var ns = Namespace.Named("database");
        var secret = Secret.Named("mariadb-secret").Type("Opaque")
            .Configure(s => s.Data = new Dictionary<string, byte[]> { ["root-password"] = Encoding.UTF8.GetBytes("change-me") });
        var svc = Service.Headless("mariadb").Labeled(labels).PublishNotReadyAddresses().Selecting(labels).Port("mysql", 3306, targetPort: "mysql");
        var db = StatefulSet.Named("mariadb").GovernedBy(svc).Replicas(3).PodManagement(PodManagementPolicy.OrderedReady)
            .Pods(labels, pod => pod
                .TerminationGracePeriodSeconds(30)
                .Container("mariadb", "mariadb:11.4", c => c
                    .Port("mysql", 3306)
                    .Env("MARIADB_ROOT_PASSWORD", secret.Key("root-password"))
                    .Requests(cpu: "250m", memory: "512Mi")
                    .Limits(memory: "1Gi")
                    .ReadinessProbe(Probe.Exec("healthcheck.sh", "--connect", "--innodb_initialized").InitialDelay(10).Period(5))
                    .Mount("mariadb-data", "/var/lib/mysql")))
            .ClaimTemplate("mariadb-data", AccessMode.ReadWriteOnce, "250Mi");
        var app = Application.Named("mariadb").InNamespace(ns).Add(db, svc, secret, ns);

        var fixture = KubernetesYaml.ReadFile(Path.Combine(RepositoryPaths.Fixtures, "mariadb.yaml"));

        Assert.True(fixture.Succeeded);
        Assert.Equal(KubernetesYaml.Serialize(fixture.Objects), app.ToYaml());
    }

    [Fact]
    public void Storage_objects_produce_their_yaml()
    {
        var fast = StorageClass.Named("local").Provisioner("kubernetes.io/no-provisioner").VolumeBindingMode(VolumeBindingMode.WaitForFirstConsumer);
        var claim = PersistentVolumeClaim.Named("data").AccessModes(AccessMode.ReadWriteOnce).Requesting("10Gi").StorageClass(fast);
        var volume = PersistentVolume.Named("local-node-a").Capacity("10Gi").AccessModes(AccessMode.ReadWriteOnce)
            .ReclaimPolicy(ReclaimPolicy.Retain).StorageClass(fast).ReservedFor(claim).Local("/mnt/disks/ssd1", "node-a");
        var app = Application.Named("storage").InNamespace("db").Add(claim, volume, fast);

        const string expected = """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata:
              name: local
            provisioner: kubernetes.io/no-provisioner
            volumeBindingMode: WaitForFirstConsumer
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: local-node-a
            spec:
              accessModes:
              - ReadWriteOnce
              capacity:
                storage: 10Gi
              claimRef:
                name: data
                namespace: db
              local:
                path: /mnt/disks/ssd1
              nodeAffinity:
                required:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - key: kubernetes.io/hostname
                      operator: In
                      values:
                      - node-a
              persistentVolumeReclaimPolicy: Retain
              storageClassName: local
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: data
              namespace: db
            spec:
              accessModes:
              - ReadWriteOnce
              resources:
                requests:
                  storage: 10Gi
              storageClassName: local

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), app.ToYaml());
    }

    [Fact]
    public void Json_output_reads_back_to_the_same_objects()
    {
        var app = MariaDbExample.Application();

        var read = KubernetesYaml.Read(app.ToJson());

        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        Assert.Equal(app.ToYaml(), KubernetesYaml.Serialize(read.Objects));
    }
}
