using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace K8sTyped.ManifestWriter;

/// <summary>
/// Reads the <c>[assembly: K8sTyped.Build.GeneratedManifest(application, layout, fileName, content)]</c> entries from an
/// assembly's metadata. The assembly is never loaded or run: it may target a framework this process cannot load, and
/// running user code after every build would be both slow and surprising.
/// </summary>
internal static class GeneratedManifestReader
{
    private const string AttributeNamespace = "K8sTyped.Build";
    private const string AttributeName = "GeneratedManifestAttribute";

    public static IReadOnlyList<ManifestEntry> Read(string assemblyPath)
    {
        try
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using var peReader = new PEReader(stream);
            if (!peReader.HasMetadata)
            {
                throw new ManifestWriterException($"cannot read assembly '{assemblyPath}': it has no .NET metadata.");
            }

            return ReadEntries(peReader.GetMetadataReader(), assemblyPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            throw new ManifestWriterException($"cannot read assembly '{assemblyPath}': {e.Message}", e);
        }
    }

    private static List<ManifestEntry> ReadEntries(MetadataReader reader, string assemblyPath)
    {
        var entries = new List<ManifestEntry>();
        foreach (CustomAttributeHandle handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (!IsGeneratedManifest(reader, attribute))
            {
                continue;
            }

            CustomAttributeValue<Type> value = attribute.DecodeValue(StringArgumentTypeProvider.Instance);
            if (value.FixedArguments.Length != 4 || value.FixedArguments.Any(argument => argument.Type != typeof(string)))
            {
                throw new ManifestWriterException(
                    $"assembly '{assemblyPath}' has a GeneratedManifest attribute that does not take four strings; " +
                    "the K8sTyped generator and writer come from different package versions.");
            }

            string?[] arguments = value.FixedArguments.Select(argument => (string?)argument.Value).ToArray();
            if (Array.IndexOf(arguments, null) is int missing and >= 0)
            {
                throw new ManifestWriterException(
                    $"assembly '{assemblyPath}' has a GeneratedManifest attribute whose argument {missing + 1} is null.");
            }

            entries.Add(new ManifestEntry(arguments[0]!, arguments[1]!, arguments[2]!, arguments[3]!));
        }

        return entries;
    }

    private static bool IsGeneratedManifest(MetadataReader reader, CustomAttribute attribute)
    {
        // Matched by full name, like the compiler matches well-known attributes: the type normally lives in K8sTyped.dll,
        // but an assembly that defines its own copy means the same thing.
        EntityHandle attributeType = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };

        return attributeType.Kind switch
        {
            HandleKind.TypeReference => reader.GetTypeReference((TypeReferenceHandle)attributeType) is var type
                && reader.StringComparer.Equals(type.Name, AttributeName)
                && reader.StringComparer.Equals(type.Namespace, AttributeNamespace),
            HandleKind.TypeDefinition => reader.GetTypeDefinition((TypeDefinitionHandle)attributeType) is var type
                && reader.StringComparer.Equals(type.Name, AttributeName)
                && reader.StringComparer.Equals(type.Namespace, AttributeNamespace),
            _ => false,
        };
    }
}
