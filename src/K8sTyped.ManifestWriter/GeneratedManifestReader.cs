using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace K8sTyped.ManifestWriter;

/// <summary>
/// Reads the manifests from an assembly's metadata: the <c>[GeneratedApplication(application, fileName, objectFileNames)]</c>
/// attribute on each generated class, whose manifest is the class's <c>ManifestYaml</c> constant (split into its
/// documents for the object layout), and the <c>[assembly: GeneratedManifest(application, layout, fileName, content)]</c>
/// entries earlier generators emitted, one per file. The assembly is never loaded or run: it may target a framework this
/// process cannot load, and running user code after every build would be both slow and surprising.
/// </summary>
internal static class GeneratedManifestReader
{
    private const string AttributeNamespace = "K8sTyped.Build";
    private const string ManifestAttributeName = "GeneratedManifestAttribute";
    private const string ApplicationAttributeName = "GeneratedApplicationAttribute";
    private const string ManifestConstant = "ManifestYaml";

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

            MetadataReader reader = peReader.GetMetadataReader();
            var entries = new List<ManifestEntry>();
            ReadManifestEntries(reader, assemblyPath, entries);
            ReadApplications(reader, assemblyPath, entries);
            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            throw new ManifestWriterException($"cannot read assembly '{assemblyPath}': {e.Message}", e);
        }
    }

    private static void ReadManifestEntries(MetadataReader reader, string assemblyPath, List<ManifestEntry> entries)
    {
        foreach (CustomAttributeHandle handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (!IsAttribute(reader, attribute, ManifestAttributeName))
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
    }

    private static void ReadApplications(MetadataReader reader, string assemblyPath, List<ManifestEntry> entries)
    {
        foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
        {
            TypeDefinition type = reader.GetTypeDefinition(typeHandle);
            foreach (CustomAttributeHandle handle in type.GetCustomAttributes())
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                if (IsAttribute(reader, attribute, ApplicationAttributeName))
                {
                    ReadApplication(reader, type, attribute, assemblyPath, entries);
                }
            }
        }
    }

    private static void ReadApplication(MetadataReader reader, TypeDefinition type, CustomAttribute attribute, string assemblyPath, List<ManifestEntry> entries)
    {
        string typeName = FullName(reader, type);
        string Malformed(string problem) =>
            $"assembly '{assemblyPath}' has a GeneratedApplication attribute on '{typeName}' that {problem}; " +
            "the K8sTyped generator and writer come from different package versions, or the assembly was altered.";

        CustomAttributeValue<Type> value = attribute.DecodeValue(StringArgumentTypeProvider.Instance);
        if (value.FixedArguments.Length != 3
            || value.FixedArguments[0].Type != typeof(string)
            || value.FixedArguments[1].Type != typeof(string)
            || value.FixedArguments[2].Type != typeof(string[]))
        {
            throw new ManifestWriterException(Malformed("does not take two strings and a string array"));
        }

        if (value.FixedArguments[0].Value is not string application || value.FixedArguments[1].Value is not string fileName)
        {
            throw new ManifestWriterException(Malformed("has a null application or file name"));
        }

        if (value.FixedArguments[2].Value is not IEnumerable<CustomAttributeTypedArgument<Type>> objectArguments)
        {
            throw new ManifestWriterException(Malformed("has a null list of object file names"));
        }

        var objectFileNames = new List<string>();
        foreach (CustomAttributeTypedArgument<Type> argument in objectArguments)
        {
            objectFileNames.Add(argument.Value as string ?? throw new ManifestWriterException(Malformed("has a null object file name")));
        }

        string manifest = ManifestConstantOf(reader, type) ?? throw new ManifestWriterException(Malformed($"is on a class without a string constant '{ManifestConstant}'"));
        IReadOnlyList<string> documents = ManifestDocuments.Split(manifest)
            ?? throw new ManifestWriterException(Malformed($"is on a class whose '{ManifestConstant}' is not a YAML stream the generator writes"));
        if (documents.Count != objectFileNames.Count)
        {
            throw new ManifestWriterException(Malformed(
                $"names {objectFileNames.Count} object files, but its '{ManifestConstant}' holds {documents.Count} documents"));
        }

        entries.Add(new ManifestEntry(application, ManifestLayout.Application, fileName, manifest));
        for (int i = 0; i < documents.Count; i++)
        {
            entries.Add(new ManifestEntry(application, ManifestLayout.Object, objectFileNames[i], documents[i]));
        }
    }

    private static string? ManifestConstantOf(MetadataReader reader, TypeDefinition type)
    {
        foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
        {
            FieldDefinition field = reader.GetFieldDefinition(fieldHandle);
            if (!reader.StringComparer.Equals(field.Name, ManifestConstant) || (field.Attributes & FieldAttributes.Literal) == 0)
            {
                continue;
            }

            ConstantHandle constantHandle = field.GetDefaultValue();
            if (constantHandle.IsNil)
            {
                return null;
            }

            Constant constant = reader.GetConstant(constantHandle);
            if (constant.TypeCode != ConstantTypeCode.String)
            {
                return null;
            }

            BlobReader blob = reader.GetBlobReader(constant.Value);
            return blob.ReadUTF16(blob.Length);
        }

        return null;
    }

    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        string name = reader.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } declaring)
        {
            return FullName(reader, reader.GetTypeDefinition(declaring)) + "+" + name;
        }

        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static bool IsAttribute(MetadataReader reader, CustomAttribute attribute, string attributeName)
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
                && reader.StringComparer.Equals(type.Name, attributeName)
                && reader.StringComparer.Equals(type.Namespace, AttributeNamespace),
            HandleKind.TypeDefinition => reader.GetTypeDefinition((TypeDefinitionHandle)attributeType) is var type
                && reader.StringComparer.Equals(type.Name, attributeName)
                && reader.StringComparer.Equals(type.Namespace, AttributeNamespace),
            _ => false,
        };
    }
}
