using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>Converts between JSON text and template values (ScriptObject, ScriptArray, scalars).</summary>
internal static class JsonValues
{
    private const int MaxDepth = 64;

    // Any script can be written as is, but characters that matter to HTML (< > & ' +) stay escaped,
    // so JSON written inside a <script> element cannot close it.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        MaxDepth = MaxDepth + 8, // above our own limit, so the located error is raised first
    };

    public static object? Parse(SourceSpan span, string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return ToValue(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new ScriptRuntimeException(span, $"Invalid JSON: {e.Message}");
        }
    }

    public static string Write(TemplateContext context, SourceSpan span, object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteValue(context, span, writer, value, depth: 0);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static object? ToValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var property in element.EnumerateObject()) obj[property.Name] = ToValue(property.Value);
                return obj;
            case JsonValueKind.Array:
                return new ScriptArray(element.EnumerateArray().Select(ToValue));
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out int i)) return i;
                if (element.TryGetInt64(out long l)) return l;
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static void WriteValue(TemplateContext context, SourceSpan span, Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth) throw new ScriptRuntimeException(span, $"The value is nested more than {MaxDepth} levels deep and cannot be written as JSON");
        switch (value)
        {
            case null or IScriptFunction:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double d when !double.IsFinite(d):
            case float f when !float.IsFinite(f):
                writer.WriteNullValue();
                break;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case var _ when ScriptValue.IsInteger(value):
                writer.WriteNumberValue(NumberMath.ToLong(value));
                break;
            case var _ when ScriptValue.IsNumber(value):
                writer.WriteNumberValue(NumberMath.ToDouble(value));
                break;
            case DateTime date:
                writer.WriteStringValue(date);
                break;
            case IDictionary<string, object?> or IDictionary:
                WriteObject(context, span, writer, value, depth);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) WriteValue(context, span, writer, item, depth + 1);
                writer.WriteEndArray();
                break;
            case Enum or TimeSpan or char:
                writer.WriteStringValue(context.ObjectToString(value));
                break;
            default:
                WriteObject(context, span, writer, value, depth);
                break;
        }
    }

    private static void WriteObject(TemplateContext context, SourceSpan span, Utf8JsonWriter writer, object value, int depth)
    {
        writer.WriteStartObject();
        foreach (var (name, member) in Members.Of(context, value))
        {
            writer.WritePropertyName(name);
            WriteValue(context, span, writer, member, depth + 1);
        }
        writer.WriteEndObject();
    }
}
