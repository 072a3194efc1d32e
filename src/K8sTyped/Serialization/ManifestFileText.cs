using System.Text;
using K8sTyped.Yaml;

namespace K8sTyped.Serialization;

/// <summary>
/// Decodes the bytes of a manifest file strictly: UTF-8 (with or without a byte order mark), or UTF-16 when a byte order mark
/// says so. Bytes that are not valid in the encoding are an error at their line and column, never replaced with U+FFFD:
/// a replaced byte would silently change a value.
/// </summary>
internal static class ManifestFileText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="text">The text, when the bytes are valid.</param>
    /// <param name="mark">Where the first invalid byte is, when they are not.</param>
    /// <param name="reason">What is wrong, when they are not.</param>
    public static bool TryDecode(byte[] bytes, out string text, out SourceMark mark, out string reason)
    {
        (text, mark, reason) = ("", SourceMark.None, "");
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return TryDecodeUtf16(bytes, bigEndian: bytes[0] == 0xFE, out text, out mark, out reason);

        var start = bytes.Length >= 3 && bytes[0] == Utf8Bom[0] && bytes[1] == Utf8Bom[1] && bytes[2] == Utf8Bom[2] ? 3 : 0;
        var invalid = FirstInvalidUtf8Byte(bytes, start);
        if (invalid < 0)
        {
            text = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            return true;
        }

        mark = MarkAfter(Encoding.UTF8.GetString(bytes, start, invalid - start));
        reason = $"invalid UTF-8: byte 0x{bytes[invalid]:X2} is not part of a valid character; save the file as UTF-8";
        return false;
    }

    private static bool TryDecodeUtf16(byte[] bytes, bool bigEndian, out string text, out SourceMark mark, out string reason)
    {
        (text, mark, reason) = ("", SourceMark.None, "");
        var strict = new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true);
        try
        {
            text = strict.GetString(bytes, 2, bytes.Length - 2);
            return true;
        }
        catch (DecoderFallbackException)
        {
            // Lenient decoding keeps every valid character, so the first replacement is where the strict one failed
            // (or earlier, at a U+FFFD written in the file itself: UTF-16 manifests are rare enough for that to do).
            var lenient = new UnicodeEncoding(bigEndian, byteOrderMark: true).GetString(bytes, 2, bytes.Length - 2);
            var at = lenient.IndexOf('\uFFFD');
            mark = MarkAfter(lenient.Substring(0, Math.Max(at, 0)));
            reason = "invalid UTF-16: an unpaired surrogate or an odd number of bytes; save the file as UTF-8";
            return false;
        }
    }

    /// <summary>The offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode table 3-7), or -1.</summary>
    private static int FirstInvalidUtf8Byte(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            // The range the second byte must be in depends on the lead byte: it excludes overlong forms and surrogates.
            int length, secondLow = 0x80, secondHigh = 0xBF;
            switch (lead)
            {
                case >= 0xC2 and <= 0xDF: length = 2; break;
                case 0xE0: length = 3; secondLow = 0xA0; break;
                case >= 0xE1 and <= 0xEC or 0xEE or 0xEF: length = 3; break;
                case 0xED: length = 3; secondHigh = 0x9F; break;
                case 0xF0: length = 4; secondLow = 0x90; break;
                case >= 0xF1 and <= 0xF3: length = 4; break;
                case 0xF4: length = 4; secondHigh = 0x8F; break;
                default: return i;
            }

            if (i + 1 >= bytes.Length || bytes[i + 1] < secondLow || bytes[i + 1] > secondHigh) return i;
            for (var k = 2; k < length; k++)
            {
                if (i + k >= bytes.Length || bytes[i + k] is < 0x80 or > 0xBF) return i;
            }

            i += length;
        }

        return -1;
    }

    /// <summary>The 1-based line and column of the character after <paramref name="prefix"/>, counting CRLF, CR and LF as one break each, as the reader does.</summary>
    private static SourceMark MarkAfter(string prefix)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (prefix[i] == '\r' && i + 1 < prefix.Length && prefix[i + 1] == '\n') i++;
            if (prefix[i] is '\n' or '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceMark(line, prefix.Length - lineStart + 1);
    }
}
