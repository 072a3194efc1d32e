using Mistakes;

// Run (without the package) it shows the same findings at run time: the manifests on standard output, the findings on
// standard error, exit code 1.
var application = MistakesManifests.Build();
Console.Out.Write(application.ToYaml());

var result = application.Validate();
Console.Error.WriteLine(result);
return result.HasErrors ? 1 : 0;
