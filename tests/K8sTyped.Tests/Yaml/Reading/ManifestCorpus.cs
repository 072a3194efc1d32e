namespace K8sTyped.Tests.Yaml.Reading;

/// <summary>Realistic Kubernetes manifests exercising the YAML that people write, keyed by a descriptive name.</summary>
internal static class ManifestCorpus
{
    public static readonly IReadOnlyDictionary<string, string> Manifests = new Dictionary<string, string>
    {
        ["statefulset-with-volume-claim-templates"] = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: postgres
              namespace: data
              labels:
                app.kubernetes.io/name: postgres
                app.kubernetes.io/part-of: billing
            spec:
              serviceName: postgres-headless
              replicas: 3
              podManagementPolicy: Parallel
              selector:
                matchLabels:
                  app.kubernetes.io/name: postgres
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: postgres
                  annotations:
                    prometheus.io/scrape: "true"
                    prometheus.io/port: '9187'
                spec:
                  terminationGracePeriodSeconds: 120
                  securityContext:
                    fsGroup: 999
                    runAsNonRoot: true
                  containers:
                  - name: postgres
                    image: docker.io/library/postgres:16.3-alpine
                    args: ["-c", "max_connections=200", "-c", "shared_buffers=1GB"]
                    ports:
                    - containerPort: 5432
                      name: pg
                      protocol: TCP
                    env:
                    - name: PGDATA
                      value: /var/lib/postgresql/data/pgdata
                    - name: POSTGRES_PASSWORD
                      valueFrom:
                        secretKeyRef: {name: postgres-secret, key: password}
                    resources:
                      requests: {cpu: 500m, memory: 1Gi}
                      limits:
                        cpu: "2"
                        memory: 4Gi
                    readinessProbe:
                      exec:
                        command:
                          - pg_isready
                          - -U
                          - postgres
                      initialDelaySeconds: 5
                      periodSeconds: 10
                    volumeMounts:
                    - name: data
                      mountPath: /var/lib/postgresql/data
              volumeClaimTemplates:
              - metadata:
                  name: data
                spec:
                  accessModes: [ReadWriteOnce]
                  storageClassName: fast-ssd
                  resources:
                    requests:
                      storage: 100Gi
            """,
        ["service-headless-and-clusterip"] = """
            # Headless service for stable network identities.
            apiVersion: v1
            kind: Service
            metadata:
              name: postgres-headless   # referenced by serviceName
            spec:
              clusterIP: None
              publishNotReadyAddresses: yes
              selector: {app.kubernetes.io/name: postgres}
              ports:
                - name: pg
                  port: 5432
                  targetPort: pg
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: postgres
            spec:
              type: ClusterIP
              ports:
              - {name: pg, port: 5432, targetPort: 5432}
            """,
        ["persistent-volume-and-claim"] = """
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: pv-nfs-0
            spec:
              capacity:
                storage: 50Gi
              volumeMode: Filesystem
              accessModes:
              - ReadWriteMany
              persistentVolumeReclaimPolicy: Retain
              mountOptions: [hard, nfsvers=4.1]
              nfs:
                server: 10.0.0.12
                path: /exports/pv0
              claimRef: ~
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: shared
            spec:
              accessModes: ["ReadWriteMany"]
              volumeName: pv-nfs-0
              storageClassName: ""
              resources:
                requests:
                  storage: 50Gi
            """,
        ["configmap-with-block-scalars"] = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: scripts
            data:
              init.sh: |
                #!/bin/sh
                set -eu

                if [ -z "${PGDATA:-}" ]; then
                  echo "PGDATA is not set" >&2
                  exit 1
                fi
              motd: >
                Welcome to the
                billing database.

                Be careful.
              stripped: |-
                no trailing newline
              kept: |+
                keep the blank lines


              indented: |2
                  two extra spaces
                back
              postgresql.conf: >-
                max_connections = 200
                  shared_buffers = 1GB
                work_mem = 4MB
            """,
        ["anchors-and-aliases"] = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: &labels
                app: web
                tier: frontend
            spec:
              selector:
                matchLabels: *labels
              template:
                metadata:
                  labels: *labels
                spec:
                  containers:
                  - name: web
                    image: &image nginx:1.27
                  - name: sidecar
                    image: *image
            """,
        ["quoted-scalars-and-escapes"] = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: "quoted-name"
              annotations:
                "example.com/json": '{"a": 1, "b": [true, null]}'
                single: 'it''s here'
                escapes: "tab\there\nnewline \"quoted\" back\\slash \u00e9 \x41 \U0001F600"
                folded-double: "first line
                  second line

                  after a blank line"
                folded-single: 'one
                  two'
                escaped-break: "no\
                  space"
                empty-double: ""
                empty-single: ''
                colon-url: http://example.com:8080/path?q=1#frag
                hash-inside: value#not-a-comment
            data:
              number-like: "0755"
              bool-like: 'yes'
            """,
        ["plain-multi-line-and-comments"] = """
            # leading comment

            apiVersion: v1   # trailing comment
            kind: ConfigMap
            metadata:
              name: plain
            # comment between entries
            data:
              description: this plain scalar
                continues on the next line

                and keeps a paragraph break
              dash-inside: a - b
              special: -starts-with-dash
              question: ?mark
              list:
              # comment before an entry
              - one
              -   two   # spaced
              -
                three
              - - nested
                - pair
              -
              - last
            """,
        ["flow-collections-over-lines"] = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: flow
              labels: {
                app: flow,   # comment inside flow
                "quoted key": value,
                empty:,
                list: [a, b,
                  c],
              }
            spec:
              containers: [{name: app, image: "busybox:1.36",
                command: [sh, -c, 'echo hi'], args: []}, {}]
              tolerations: [ {key: a, operator: Exists}, ]
            """,
        ["json-manifest"] = """
            {
              "apiVersion": "v1",
              "kind": "Service",
              "metadata": {"name": "json", "labels": {"app": "json"}},
              "spec": {
                "ports": [{"port": 80, "targetPort": 8080, "protocol": "TCP"}],
                "selector": {"app": "json"},
                "externalIPs": [],
                "sessionAffinity": null,
                "publishNotReadyAddresses": false,
                "ratio": 0.5e-3,
                "unicode": "caf\u00e9 \ud83d\ude00"
              }
            }
            """,
        ["multi-document-with-empty-documents"] = """
            %YAML 1.2
            ---
            apiVersion: v1
            kind: Namespace
            metadata: {name: data}
            ---
            ---
            # only a comment
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: db
            ...
            ---
            - a
            - b
            ...
            """,
        ["tags"] = """
            apiVersion: v1
            kind: ConfigMap
            data:
              port: !!str 8080
              enabled: !!str true
              nothing: !!null ~
              count: !!int "42"
              ratio: !!float 1
              flag: !!bool yes
              blob: !!binary aGVsbG8=
              map: !!map {a: 1}
              seq: !!seq [1]
              verbatim: !<tag:yaml.org,2002:str> 12
            """,
        ["top-level-sequence-and-scalar-root"] = """
            - name: a
              image: b
            - name: c
              ports:
              - 80
              - 443
            -   name: d
                image: e
            """,
    };
}
