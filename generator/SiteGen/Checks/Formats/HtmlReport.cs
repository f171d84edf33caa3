using System.Net;
using System.Text;

namespace SiteGen.Checks.Formats;

/// <summary>
/// <c>--report FILE.html</c>: one page for an editor, with nothing loaded from anywhere. A table of the documents (reading
/// grade, words, review date, findings) that sorts by any column, then each document's findings with the line they
/// are on. Works without script (the table is then in file order); the script only sorts.
/// </summary>
public static class HtmlReport
{
    public static string Write(CheckReport report, DateOnly today)
    {
        var byFile = report.Findings.GroupBy(f => f.File).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Content check</title>
            <style>
            body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem; color: #1a1a1a; background: #fff; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ccc; vertical-align: top; }
            th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-decoration: underline; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .error { color: #a10000; font-weight: bold; }
            .warning { color: #6b4e00; font-weight: bold; }
            pre { background: #f3f3f3; padding: .5rem; overflow-x: auto; white-space: pre-wrap; }
            :focus-visible { outline: 3px solid #0050b3; outline-offset: 2px; }
            </style>
            </head>
            <body>
            <main>
            <h1>Content check</h1>

            """);
        html.Append("<p>").Append(Encode(report.Summary())).Append(". Checked on ").Append(today.ToString("yyyy-MM-dd")).Append(".</p>\n");
        html.Append("<table id=\"documents\">\n<caption>Articles and pages</caption>\n<thead><tr>");
        foreach (var (name, numeric) in new[] { ("Document", false), ("Reading grade", true), ("Words", true), ("Reviewed on", false), ("Findings", true) })
            html.Append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-numeric=\"").Append(numeric ? "1" : "0").Append("\">")
                .Append(name).Append("</button></th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var d in report.Documents)
        {
            int count = byFile.TryGetValue(d.File, out var list) ? list.Count : 0;
            html.Append("<tr><td><a href=\"#").Append(Anchor(d.File)).Append("\">").Append(Encode(d.Title)).Append("</a><br><small>").Append(Encode(d.File)).Append("</small></td>")
                .Append("<td class=\"n\">").Append(d.IsArticle && d.Grade is { } grade ? grade.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "").Append("</td>")
                .Append("<td class=\"n\">").Append(d.Words).Append("</td>")
                .Append("<td>").Append(d.ReviewedOn?.ToString("yyyy-MM-dd") ?? "").Append("</td>")
                .Append("<td class=\"n\">").Append(count).Append(d.Silenced.Count > 0 ? $" <small>(off: {Encode(string.Join(", ", d.Silenced))})</small>" : "").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append("<h2>Findings</h2>\n");
        if (report.Findings.Count == 0) html.Append("<p>None.</p>\n");
        foreach (var (file, findings) in byFile.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string[] lines = Lines(report.ContentFolder, file);
            html.Append("<section aria-labelledby=\"").Append(Anchor(file)).Append("\"><h3 id=\"").Append(Anchor(file)).Append("\">").Append(Encode(file)).Append("</h3>\n<ul>\n");
            foreach (var f in findings)
            {
                string severity = f.SeverityName;
                html.Append("<li><span class=\"").Append(severity).Append("\">").Append(severity).Append("</span> ")
                    .Append("line ").Append(f.Line).Append(", column ").Append(f.Column).Append(" [").Append(Encode(f.Rule)).Append("]: ")
                    .Append(Encode(f.Message));
                if (f.Suggestion is not null) html.Append(" <em>Instead: ").Append(Encode(f.Suggestion)).Append("</em>");
                if (f.Line >= 1 && f.Line <= lines.Length) html.Append("<pre>").Append(Encode(lines[f.Line - 1])).Append("</pre>");
                html.Append("</li>\n");
            }
            html.Append("</ul>\n</section>\n");
        }
        html.Append("""
            </main>
            <script>
            document.querySelectorAll('#documents th button').forEach((button, column) => {
              button.addEventListener('click', () => {
                const table = document.getElementById('documents');
                const header = button.parentElement;
                const ascending = header.getAttribute('aria-sort') !== 'ascending';
                table.querySelectorAll('th').forEach(th => th.setAttribute('aria-sort', 'none'));
                header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                const numeric = button.dataset.numeric === '1';
                const rows = [...table.tBodies[0].rows];
                const value = row => row.cells[column].textContent.trim();
                rows.sort((a, b) => {
                  const x = value(a), y = value(b);
                  const order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
                  return ascending ? order : -order;
                });
                rows.forEach(row => table.tBodies[0].appendChild(row));
              });
            });
            </script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string[] Lines(string folder, string file)
    {
        try
        {
            return folder.Length == 0 ? [] : File.ReadAllLines(Path.Combine(folder, file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string Anchor(string file) => "f-" + string.Concat(file.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
