using System.Globalization;

namespace K8sTyped.Serialization;

/// <summary>
/// The wire text of <c>meta/v1.Time</c> (RFC 3339, whole seconds) and <c>meta/v1.MicroTime</c> (RFC 3339, microseconds),
/// always written in UTC like the API server writes them. The model may hold either a DateTimeOffset or a DateTime.
/// </summary>
internal static class KubernetesTimestamps
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string MicroTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    // Go's time.Parse(RFC3339, ...) accepts any fraction length and a Z or ±hh:mm offset; so do we.
    private static readonly string[] AcceptedFormats =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Formats a DateTimeOffset or DateTime; false for any other value.</summary>
    public static bool TryFormat(object value, bool microseconds, out string text)
    {
        DateTimeOffset instant;
        switch (value)
        {
            case DateTimeOffset offset:
                instant = offset;
                break;
            case DateTime dateTime:
                // An unspecified DateTime is taken as UTC: the wire format has no notion of "local".
                instant = dateTime.Kind == DateTimeKind.Local
                    ? new DateTimeOffset(dateTime)
                    : new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc));
                break;
            default:
                text = "";
                return false;
        }

        text = instant.UtcDateTime.ToString(microseconds ? MicroTimeFormat : TimeFormat, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Parses RFC 3339 text into a value of <paramref name="clrType"/> (DateTime or DateTimeOffset, nullable or not).</summary>
    public static bool TryParse(string text, Type clrType, out object? value)
    {
        if (!DateTimeOffset.TryParseExact(text, AcceptedFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            value = null;
            return false;
        }

        var target = Nullable.GetUnderlyingType(clrType) ?? clrType;
        value = target == typeof(DateTime) ? instant.UtcDateTime : (object)instant.ToUniversalTime();
        return true;
    }
}
