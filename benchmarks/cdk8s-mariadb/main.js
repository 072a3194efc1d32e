// The MariaDB sample (samples/MariaDb) written with cdk8s, to compare whole-process time with `dotnet MariaDb.dll`
// (docs/performance.md). Plain cdk8s ApiObjects: the same three objects, synthesised to standard output as YAML.
const { App, Chart, ApiObject } = require('cdk8s');

const app = new App();
const chart = new Chart(app, 'mariadb', { disableResourceNameHashes: true });
const labels = { app: 'mariadb' };

new ApiObject(chart, 'namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'database' } });

new ApiObject(chart, 'service', {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'mariadb', namespace: 'database', labels },
  spec: {
    clusterIP: 'None',
    ports: [{ name: 'mysql', port: 3306, targetPort: 'mysql' }],
    publishNotReadyAddresses: true,
    selector: labels,
  },
});

new ApiObject(chart, 'statefulset', {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'mariadb', namespace: 'database' },
  spec: {
    replicas: 3,
    selector: { matchLabels: labels },
    serviceName: 'mariadb',
    template: {
      metadata: { labels },
      spec: {
        containers: [{
          name: 'mariadb',
          env: [{ name: 'MARIADB_ROOT_PASSWORD', valueFrom: { secretKeyRef: { name: 'mariadb-secret', key: 'root-password' } } }],
          image: 'mariadb:11.4',
          ports: [{ name: 'mysql', containerPort: 3306 }],
          readinessProbe: {
            exec: { command: ['healthcheck.sh', '--connect', '--innodb_initialized'] },
            initialDelaySeconds: 10,
            periodSeconds: 5,
          },
          resources: { limits: { memory: '1Gi' }, requests: { cpu: '250m', memory: '512Mi' } },
          volumeMounts: [{ name: 'mariadb-data', mountPath: '/var/lib/mysql' }],
        }],
        terminationGracePeriodSeconds: 30,
      },
    },
    volumeClaimTemplates: [{
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'mariadb-data' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '250Mi' } } },
    }],
  },
});

process.stdout.write(app.synthYaml());
