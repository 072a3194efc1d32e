using System.ComponentModel;

namespace K8sTyped.Build;

/// <summary>
/// One manifest file with its content, read by the post-build writer from the built assembly's metadata. The generator
/// of this version emits <see cref="GeneratedApplicationAttribute"/> instead, which holds each manifest once; the writer
/// still reads this form, one attribute per file, which earlier versions emitted. Not for use in your code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class GeneratedManifestAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="application">The application (the marked class's full name).</param>
    /// <param name="layout"><c>application</c> for the one-file-per-application entry, <c>object</c> for a one-file-per-object entry.</param>
    /// <param name="fileName">The file name relative to the output folder.</param>
    /// <param name="content">The file's exact content.</param>
    public GeneratedManifestAttribute(string application, string layout, string fileName, string content)
    {
        Application = application;
        Layout = layout;
        FileName = fileName;
        Content = content;
    }

    /// <summary>The application (the marked class's full name).</summary>
    public string Application { get; }

    /// <summary><c>application</c> or <c>object</c>.</summary>
    public string Layout { get; }

    /// <summary>The file name relative to the output folder.</summary>
    public string FileName { get; }

    /// <summary>The file's exact content.</summary>
    public string Content { get; }
}
