using System.ComponentModel;

namespace K8sTyped.Build;

/// <summary>
/// Emitted by the K8sTyped source generator on the generated part of each <c>[KubernetesManifests]</c> class, so the
/// post-build writer can read the manifests from the built assembly's metadata without loading or running it. The
/// manifest itself is the class's <c>ManifestYaml</c> constant, which the assembly holds once: the application's file
/// is that text, and its YAML documents, in order, are the files of the one-file-per-object layout. Not for use in your
/// code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class GeneratedApplicationAttribute : Attribute
{
    /// <summary>The name of the constant, in the class that carries the attribute, that holds the manifest.</summary>
    public const string ManifestConstant = "ManifestYaml";

    /// <summary>Creates the attribute.</summary>
    /// <param name="application">The application (the marked class's full name).</param>
    /// <param name="fileName">The application's file name relative to the output folder.</param>
    /// <param name="objectFileNames">The file name of each object, in the order of the manifest's documents.</param>
    public GeneratedApplicationAttribute(string application, string fileName, params string[] objectFileNames)
    {
        Application = application;
        FileName = fileName;
        ObjectFileNames = objectFileNames;
    }

    /// <summary>The application (the marked class's full name).</summary>
    public string Application { get; }

    /// <summary>The application's file name relative to the output folder.</summary>
    public string FileName { get; }

    /// <summary>The file name of each object, in the order of the manifest's documents.</summary>
    public IReadOnlyList<string> ObjectFileNames { get; }
}
