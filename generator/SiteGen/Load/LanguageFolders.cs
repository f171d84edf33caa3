namespace SiteGen.Load;

/// <summary>
/// Content in a language other than the site's default lives in a folder named for it: content/es/articles/,
/// content/es/pages/. Its pages are published under the same folder: /es/articles/.
/// </summary>
public static class LanguageFolders
{
    /// <summary>"es/" for es/articles/x.md, "" for articles/x.md and anything not in a language's articles/ or pages/.</summary>
    public static string PrefixOf(string relativePath)
    {
        int slash = relativePath.IndexOf('/');
        if (slash <= 0) return "";
        string rest = relativePath[(slash + 1)..];
        return (rest.StartsWith("articles/", StringComparison.Ordinal) || rest.StartsWith("pages/", StringComparison.Ordinal))
            && Languages.LanguageNames.IsCode(relativePath[..slash])
            ? relativePath[..(slash + 1)]
            : "";
    }

    /// <summary>Reports each document in a language folder that site.yml does not declare: its pages would have no settings of their own.</summary>
    public static void CheckDeclared(LoadedContent content, Model.SiteConfig config, Diagnostics.ErrorList errors)
    {
        var declared = config.OtherLanguages.Select(l => l.LanguagePrefix).ToHashSet(StringComparer.Ordinal);
        foreach (var source in content.Articles.Concat(content.Pages))
        {
            string prefix = PrefixOf(source.RelativePath);
            if (prefix.Length == 0 || declared.Contains(prefix)) continue;
            string code = prefix.TrimEnd('/');
            errors.Add(source.DisplayPath, 1, 1, code == config.Language
                ? $"{code} is the site's default language, whose articles and pages go in content/articles/ and content/pages/, not content/{code}/"
                : $"the folder {code}/ is for content in '{code}', which site.yml does not declare; add it under languages: ({code}: {{ name: {Languages.LanguageNames.Of(code)} }}), or move the file");
        }
    }
}
