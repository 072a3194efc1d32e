using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace K8sTyped.ManifestWriter;

/// <summary>
/// The smallest <see cref="ICustomAttributeTypeProvider{TType}"/> that decodes attribute blobs: it names primitive types and
/// refuses everything else, because the only attribute we decode takes four strings.
/// </summary>
internal sealed class StringArgumentTypeProvider : ICustomAttributeTypeProvider<Type>
{
    public static readonly StringArgumentTypeProvider Instance = new();

    public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.String => typeof(string),
        PrimitiveTypeCode.Boolean => typeof(bool),
        PrimitiveTypeCode.Char => typeof(char),
        PrimitiveTypeCode.SByte => typeof(sbyte),
        PrimitiveTypeCode.Byte => typeof(byte),
        PrimitiveTypeCode.Int16 => typeof(short),
        PrimitiveTypeCode.UInt16 => typeof(ushort),
        PrimitiveTypeCode.Int32 => typeof(int),
        PrimitiveTypeCode.UInt32 => typeof(uint),
        PrimitiveTypeCode.Int64 => typeof(long),
        PrimitiveTypeCode.UInt64 => typeof(ulong),
        PrimitiveTypeCode.Single => typeof(float),
        PrimitiveTypeCode.Double => typeof(double),
        _ => throw Unsupported(typeCode.ToString()),
    };

    public Type GetSystemType() => typeof(Type);

    public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();

    public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        throw Unsupported(reader.GetString(reader.GetTypeDefinition(handle).Name));

    public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        throw Unsupported(reader.GetString(reader.GetTypeReference(handle).Name));

    public Type GetTypeFromSerializedName(string name) => throw Unsupported(name);

    public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => throw Unsupported(type.Name);

    public bool IsSystemType(Type type) => type == typeof(Type);

    private static BadImageFormatException Unsupported(string what) =>
        new($"the GeneratedManifest attribute has an argument of type '{what}'; it takes four strings");
}
