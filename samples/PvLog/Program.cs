using PvLog;

// The manifests go to standard output, ready for `kubectl apply -f -`; the findings go to standard error.
var application = PvLogManifests.Build();
Console.Out.Write(application.ToYaml());

var result = application.Validate(PvLogManifests.Cluster);
Console.Error.WriteLine(result);
return result.HasErrors ? 1 : 0;
