using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndustryPlatform.BuildingBlocks.Json;

/// <summary>
/// Reads a JSON number into a decimal only when the decimal holds it exactly. System.Text.Json rounds a number with
/// more than decimal's 28–29 significant digits and turns one below 10⁻²⁸ into 0 without a word; a figure of 1e-30
/// would be stored as 0. Such a body is refused as unreadable instead, like 1e309.
/// </summary>
public sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
        {
            throw new JsonException("Expected a number a decimal can hold.");
        }

        var text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var kept = System.Text.Encoding.ASCII.GetBytes(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (SignificantDigits(text) != SignificantDigits(kept))
        {
            throw new JsonException($"The number {System.Text.Encoding.ASCII.GetString(text)} cannot be kept exactly: it would be read as {value}.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Digits of the mantissa from its first non-zero digit to its last non-zero digit.</summary>
    private static int SignificantDigits(ReadOnlySpan<byte> number)
    {
        var end = number.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = end < 0 ? number : number[..end];
        int first = -1, last = -1, count = 0;
        for (var i = 0; i < mantissa.Length; i++)
        {
            if (mantissa[i] is < (byte)'0' or > (byte)'9')
            {
                continue;
            }

            if (mantissa[i] != (byte)'0')
            {
                if (first < 0)
                {
                    first = count;
                }

                last = count;
            }

            count++;
        }

        return first < 0 ? 0 : last - first + 1;
    }
}
