using SiteGen.Parse;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Checks;

/// <summary>
/// Reads site.yml's <c>check:</c>. An unknown rule id, a severity other than off, warning or error, or a bad value is an
/// error at its line and column, so a typo never turns a rule off unseen.
/// </summary>
public static class CheckSettingsReader
{
    public static CheckSettings Read(YamlFields site)
    {
        var map = site.Mapping("check");
        if (map is null) return CheckSettings.Default;
        var source = site.Source;
        var check = new YamlFields(source, map, (source.Line(map.Start), (int)map.Start.Column));
        var settings = CheckSettings.Default;

        if (check.Node("build") is YamlScalarNode build)
        {
            CheckInBuild? inBuild = build.Value?.ToLowerInvariant() switch { "warn" or "warnings" => CheckInBuild.Warn, "errors" => CheckInBuild.Errors, "off" or "false" => CheckInBuild.Off, _ => null };
            if (inBuild is { } known) settings = settings with { InBuild = known };
            else source.Error(build, $"check build must be warn, errors or off, not '{build.Value}'");
        }
        if (check.Mapping("readability") is { } readability)
        {
            var r = Fields(source, readability);
            if (r.Node("target") is YamlScalarNode target)
            {
                if (double.TryParse(target.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double grade) && grade is > 0 and <= 20)
                    settings = settings with { ReadabilityTarget = grade };
                else source.Error(target, $"readability target '{target.Value}' must be a grade from 1 to 20");
            }
            Unknown(r, readability, source, "readability", "target");
        }
        if (check.Mapping("medical_review") is { } review)
        {
            var m = Fields(source, review);
            settings = settings with
            {
                MedicalReviewMaxAgeMonths = m.Int("max_age_months", settings.MedicalReviewMaxAgeMonths, min: 1),
                MedicalReviewTopics = m.TextList("topics").Select(t => Slugs.From(t.Value)).ToList(),
            };
            Unknown(m, review, source, "medical_review", "max_age_months, topics");
        }
        if (check.Mapping("stigma_language") is { } stigma)
        {
            var s = Fields(source, stigma);
            var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (s.Mapping("extra") is { } terms)
                foreach (var (key, value) in terms.Children)
                {
                    if (string.IsNullOrWhiteSpace(YamlPlainValue.Key(key))) source.Error(key, "stigma_language term is empty");
                    else if (value is YamlScalarNode { Value: { Length: > 0 } suggestion }) extra[YamlPlainValue.Key(key)] = suggestion;
                    else source.Error(value, $"stigma_language term '{YamlPlainValue.Key(key)}' needs what to say instead");
                }
            settings = settings with { StigmaAllow = s.TextList("allow").Select(a => a.Value).ToList(), StigmaExtra = extra };
            Unknown(s, stigma, source, "stigma_language", "allow, extra");
        }
        if (check.Mapping("rules") is { } rules)
        {
            var severities = new Dictionary<string, CheckSeverity>(StringComparer.Ordinal);
            foreach (var (key, value) in rules.Children)
            {
                string id = YamlPlainValue.Key(key);
                if (ContentChecker.Rules.All(r => r.Id != id))
                {
                    string? near = Diagnostics.Suggestions.Closest(id, ContentChecker.Rules.Select(r => r.Id));
                    source.Error(key, $"unknown check rule '{id}'{(near is null ? "" : $"; did you mean '{near}'?")} (rules: {string.Join(", ", ContentChecker.Rules.Select(r => r.Id))})");
                    continue;
                }
                // YAML reads a bare off as false.
                string? text = (value as YamlScalarNode)?.Value?.ToLowerInvariant();
                CheckSeverity? severity = text switch { "off" or "false" => CheckSeverity.Off, "warning" => CheckSeverity.Warning, "error" => CheckSeverity.Error, _ => null };
                if (severity is { } known) severities[id] = known;
                else source.Error(value, $"rule '{id}' must be off, warning or error, not '{text}'");
            }
            settings = settings with { Severities = severities };
        }
        Unknown(check, map, source, "check", "build, readability, medical_review, stigma_language, rules");
        return settings;
    }

    private static YamlFields Fields(YamlSource source, YamlMappingNode map) => new(source, map, (source.Line(map.Start), (int)map.Start.Column));

    private static void Unknown(YamlFields fields, YamlMappingNode map, YamlSource source, string what, string known)
    {
        foreach (var (key, _) in map.Children)
        {
            string name = YamlPlainValue.Key(key);
            if (fields.Extra().ContainsKey(name)) source.Error(key, $"unknown {what} option '{name}'; known: {known}");
        }
    }
}
