using ZooKeeper;

// The manifests go to standard output, ready for `kubectl apply -f -`; the findings go to standard error.
var application = ZooKeeperManifests.Build();
Console.Out.Write(application.ToYaml());

var result = application.Validate(ZooKeeperManifests.Cluster);
Console.Error.WriteLine(result);
return result.HasErrors ? 1 : 0;
