namespace K8sTyped.Tool.Import.Kinds;

/// <summary>
/// The DSL enum member for a wire string (<c>TCP</c> → <c>Protocol.Tcp</c>), by name. A member whose wire form is not its
/// name would build differently, and verification would keep the input's value instead: never wrong, at worst less tidy.
/// </summary>
internal static class WireEnums
{
    public static bool TryParse<TEnum>(string? wire, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return !string.IsNullOrEmpty(wire) && Enum.TryParse(wire.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out value) && Enum.IsDefined(value)
            && !char.IsDigit(wire[0]);
    }
}
