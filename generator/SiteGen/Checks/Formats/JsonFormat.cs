using System.Text.Json;

namespace SiteGen.Checks.Formats;

/// <summary>
/// <c>--format json</c>: one object, <c>findings</c> (file, line, column, rule, severity, message, suggestion) and
/// <c>documents</c> (file, words, sentences, syllables, grade), for editors' tools and CI scripts.
/// </summary>
public static class JsonFormat
{
    public static string Write(CheckReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("file", f.File);
                json.WriteNumber("line", f.Line);
                json.WriteNumber("column", f.Column);
                json.WriteString("rule", f.Rule);
                json.WriteString("severity", f.SeverityName);
                json.WriteString("message", f.Message);
                if (f.Suggestion is null) json.WriteNull("suggestion");
                else json.WriteString("suggestion", f.Suggestion);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var d in report.Documents)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteString("language", d.Language);
                json.WriteNumber("words", d.Words);
                json.WriteNumber("sentences", d.Sentences);
                json.WriteNumber("syllables", d.Syllables);
                if (d.Grade is { } grade) json.WriteNumber("grade", grade);
                else json.WriteNull("grade");
                if (d.Score is { } score) json.WriteNumber("score", score);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
