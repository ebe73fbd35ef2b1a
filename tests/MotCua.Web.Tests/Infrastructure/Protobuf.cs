namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// Just enough of the protobuf wire format to read what an OTLP exporter sends: the fields of a message, by number,
/// as numbers (varint and fixed) or bytes (strings and nested messages).
/// </summary>
public static class Protobuf
{
    public sealed record Field(int Number, ulong Value, ReadOnlyMemory<byte> Bytes);

    public static List<Field> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<Field>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var key = Varint(span, ref at);
            var (number, wire) = ((int)(key >> 3), (int)(key & 7));
            switch (wire)
            {
                case 0:
                    fields.Add(new(number, Varint(span, ref at), default));
                    break;
                case 1:
                    fields.Add(new(number, BitConverter.ToUInt64(span.Slice(at, 8)), default));
                    at += 8;
                    break;
                case 2:
                    var length = (int)Varint(span, ref at);
                    fields.Add(new(number, 0, message.Slice(at, length)));
                    at += length;
                    break;
                case 5:
                    fields.Add(new(number, BitConverter.ToUInt32(span.Slice(at, 4)), default));
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"Wire type {wire} of field {number} is not protobuf 3.");
            }
        }

        return fields;
    }

    /// <summary>The nested messages (or strings, or bytes) in field <paramref name="number"/>.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> All(this ReadOnlyMemory<byte> message, int number) =>
        Read(message).Where(f => f.Number == number).Select(f => f.Bytes);

    public static string Text(this ReadOnlyMemory<byte> message, int number) =>
        message.All(number).Select(b => System.Text.Encoding.UTF8.GetString(b.Span)).FirstOrDefault() ?? "";

    public static ulong Number(this ReadOnlyMemory<byte> message, int number) =>
        Read(message).Where(f => f.Number == number).Select(f => f.Value).FirstOrDefault();

    /// <summary>OTLP attributes (KeyValue: 1 key, 2 AnyValue with 1 string, 3 bool, 4 int) as text.</summary>
    public static Dictionary<string, string> Attributes(this ReadOnlyMemory<byte> message, int number) =>
        message.All(number).ToDictionary(kv => kv.Text(1), kv =>
        {
            var value = kv.All(2).Single();
            return Read(value).Single() is { Number: 1 } text ? System.Text.Encoding.UTF8.GetString(text.Bytes.Span) : Read(value).Single().Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    private static ulong Varint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = span[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
