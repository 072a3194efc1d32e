using K8sTyped.ModelGen;
using K8sTyped.ModelGen.Output;

const string Usage = "Usage: dotnet run --project tools/K8sTyped.ModelGen -- <path-to-swagger.json> [--out <dir>]";

string? documentPath = null;
string? outputDirectory = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--out" && i + 1 < args.Length)
        outputDirectory = args[++i];
    else if (documentPath is null && !args[i].StartsWith('-'))
        documentPath = args[i];
    else
        return Fail($"Unexpected argument '{args[i]}'.\n{Usage}");
}

if (documentPath is null)
    return Fail(Usage);
if (!File.Exists(documentPath))
    return Fail($"OpenAPI document '{documentPath}' not found.");

if (outputDirectory is null)
{
    var root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
    if (root is null)
        return Fail("No K8sTyped.sln above the current folder: run inside the repository or pass --out <dir>.");
    outputDirectory = Path.Combine(root, ModelGenerator.DefaultOutputDirectory);
}

try
{
    var files = ModelGenerator.Generate(documentPath);
    var (written, deleted) = OutputWriter.Write(outputDirectory, files);
    Console.WriteLine($"{files.Count} files in {outputDirectory}: {written} written, {deleted} stale deleted.");
    return 0;
}
catch (ModelGenException exception)
{
    return Fail(exception.Message);
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 1;
}
