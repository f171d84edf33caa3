using SiteGen.Checks.Reading;

namespace SiteGen.Tests.Checks;

/// <summary><c>sitegen check</c> on a site in English, Spanish and French: each document is checked in its own language.</summary>
public class LanguageRuleTests
{
    private const string Yml = """
        title: Test Site
        base_url: https://example.org/
        languages:
          es: { name: Español }
          fr: { name: Français }
        """;

    private static (string Path, string Text) In(string language, string slug, string body, string frontMatter = "")
    {
        var (path, text) = CheckFixture.Article(slug, body, frontMatter);
        return (path.Replace("content/articles/", $"content/{language}/articles/"), text);
    }

    [Theory]
    [InlineData("casa", 2)]
    [InlineData("recuperación", 5)]
    [InlineData("familia", 3)]
    [InlineData("confianza", 3)]
    [InlineData("día", 2)]
    [InlineData("país", 2)]
    [InlineData("león", 2)]
    [InlineData("poeta", 3)]
    [InlineData("leer", 2)]
    [InlineData("ciudad", 2)]
    [InlineData("guía", 2)]
    [InlineData("pingüino", 3)]
    [InlineData("que", 1)]
    [InlineData("hoy", 1)]
    [InlineData("muy", 1)]
    [InlineData("y", 1)]
    [InlineData("reyes", 2)]
    [InlineData("buey", 1)]
    [InlineData("ahora", 3)]
    [InlineData("oído", 3)]
    [InlineData("Uruguay", 3)]
    [InlineData("auto-cuidado", 5)]
    [InlineData("2026", 1)]
    public void Spanish_syllables_follow_the_diphthong_and_hiatus_rules(string word, int syllables)
    {
        Assert.Equal(syllables, SpanishSyllables.Count(word));
    }

    [Fact]
    public void A_spanish_article_is_measured_by_fernandez_huerta()
    {
        // "El gato come pan. La niña lee." 7 words, 2 sentences; syllables: el(1) ga-to(2) co-me(2) pan(1) la(1)
        // ni-ña(2) le-e(2) = 11.
        var report = CheckFixture.Run(Yml, In("es", "a", "El gato come pan. La niña lee."));
        var document = report.Documents.Single();
        Assert.Equal(("es", 7, 2, 11), (document.Language, document.Words, document.Sentences, document.Syllables));
        double score = 206.84 - 60.0 * 11 / 7 - 102.0 * 2 / 7;
        Assert.Equal(Math.Round(score, 1), document.Score);
        Assert.Equal(Math.Round(Math.Max(0, (140 - score) / 10), 1), document.Grade);
    }

    [Fact]
    public void A_hard_spanish_article_is_a_finding_with_its_score_and_the_score_it_needs()
    {
        string hard = string.Join(" ", Enumerable.Repeat(
            "La rehabilitación institucional comprehensiva necesita colaboración multidisciplinaria entre organizaciones especializadas.", 3));
        var findings = CheckFixture.Run(Yml, In("es", "a", hard)).Of("readability");
        Assert.Contains("Fernández Huerta score", findings[0].Message);
        Assert.Contains("below 60, the score of the target grade 8", findings[0].Message);
    }

    [Fact]
    public void An_easy_spanish_article_scores_above_60_and_is_no_finding()
    {
        string plain = string.Concat(Enumerable.Repeat("Mi familia me ayuda cada día. Hablamos con calma en la mesa. ", 6));
        var report = CheckFixture.Run(Yml, In("es", "a", plain));
        Assert.Empty(report.Of("readability"));
        Assert.True(report.Documents[0].Score >= 60, $"score {report.Documents[0].Score}");
        Assert.True(report.Documents[0].Grade <= 8, $"grade {report.Documents[0].Grade}");
    }

    [Fact]
    public void A_language_without_a_formula_gets_no_grade_and_no_readability_finding()
    {
        string hard = string.Join(" ", Enumerable.Repeat("La réhabilitation institutionnelle nécessite une collaboration multidisciplinaire considérable.", 3));
        var report = CheckFixture.Run(Yml, In("fr", "a", hard));
        Assert.Empty(report.Of("readability"));
        var document = report.Documents.Single();
        Assert.Equal("fr", document.Language);
        Assert.Null(document.Grade);
        Assert.True(document.Words > 0);
        Assert.Null(report.MedianGrade);
    }

    [Theory]
    [InlineData("Mi hermano es adicto desde hace años.", "adicto")]
    [InlineData("Los adictos también merecen respeto.", "adictos")]
    [InlineData("Un exadicto habló en la reunión.", "exadicto")]
    [InlineData("No lo llames drogadicto.", "drogadicto")]
    [InlineData("La llamaban yonqui en el barrio.", "yonqui")]
    [InlineData("Era un toxicómano, decían.", "toxicómano")]
    [InlineData("Su padre era alcohólico.", "alcohólico")]
    [InlineData("Hablamos del abuso de sustancias en casa.", "abuso de sustancias")]
    [InlineData("Ya lleva dos años limpio.", "dos años limpio")]
    [InlineData("Quiero mantenerme limpia este verano.", "mantenerme limpia")]
    [InlineData("La orina sucia no es un fracaso.", "orina sucia")]
    [InlineData("Ella está limpia desde marzo.", "Ella está limpia")]
    public void Spanish_labels_are_findings_in_spanish_articles(string sentence, string term)
    {
        var finding = Assert.Single(CheckFixture.Run(Yml, In("es", "a", sentence)).Of("stigma-language"));
        Assert.Contains($"'{term}'", finding.Message);
        Assert.StartsWith("say: ", finding.Suggestion);
    }

    [Theory]
    [InlineData("En la fiesta no hubo bebidas alcohólicas.")]
    [InlineData("Su madre va a Alcohólicos Anónimos los martes.")]
    [InlineData("La cocina está limpia y la ropa sucia espera.")]
    [InlineData("Es un círculo vicioso, pero se puede romper.")]
    public void Spanish_words_that_label_no_one_are_not_findings(string sentence)
    {
        Assert.Empty(CheckFixture.Run(Yml, In("es", "a", sentence)).Of("stigma-language"));
    }

    [Fact]
    public void Each_language_is_checked_with_its_own_terms_and_the_sites_own_terms_with_all()
    {
        string yml = Yml + "\ncheck:\n  stigma_language:\n    extra: { chute: say another word }\n";
        var report = CheckFixture.Run(yml,
            CheckFixture.Article("en", "He was an addict. Un adicto. A chute."),
            In("es", "es", "Era un adicto. An addict. Un chute."),
            In("fr", "fr", "Un addict, un adicto. Un chute."));
        var byFile = report.Of("stigma-language").ToLookup(f => f.File);
        Assert.Equal(["'addict'", "'chute'"], byFile["articles/en.md"].Select(f => f.Message.Split(' ')[0]));
        Assert.Equal(["'adicto'", "'chute'"], byFile["es/articles/es.md"].Select(f => f.Message.Split(' ')[0]));
        Assert.Equal(["'chute'"], byFile["fr/articles/fr.md"].Select(f => f.Message.Split(' ')[0]));
    }

    [Theory]
    [InlineData("Tuvo una sobredosis el año pasado.", "sobredosis")]
    [InlineData("A veces pensaba en el suicidio.", "suicidio")]
    [InlineData("Dijo que quería morir.", "quería morir")]
    [InlineData("Pensó en quitarse la vida.", "quitarse la vida")]
    [InlineData("Las autolesiones son una señal de alarma.", "autolesiones")]
    [InlineData("Tenía miedo de hacerme daño.", "hacerme daño")]
    [InlineData("TENIA MIEDO DE HACERSE DANO.", "HACERSE DANO")]
    public void A_spanish_mention_of_a_crisis_needs_a_crisis_line(string sentence, string mention)
    {
        var finding = Assert.Single(CheckFixture.Run(Yml, In("es", "a", sentence)).Of("crisis-safety"));
        Assert.Contains($"'{mention}'", finding.Message);
        Assert.Empty(CheckFixture.Run(Yml + "\ncrisis_line: { label: 988 Lifeline, phone: \"988\" }\n", In("es", "a", sentence)).Of("crisis-safety"));
    }

    [Fact]
    public void A_spanish_article_that_mentions_an_overdose_shows_the_crisis_line()
    {
        string yml = Yml + "\ncrisis_line: { label: Línea 988, phone: \"988\" }\n";
        using var site = Support.SiteFixture.Create(("content/site.yml", yml), In("es", "a", "Tuvo una sobredosis el año pasado."), In("es", "b", "Un día tranquilo."));
        site.BuildOk();
        Assert.Contains("Línea 988", site.Html("es/articles/a/index.html").Body!.TextContent);
        Assert.DoesNotContain("Línea 988", site.Html("es/articles/b/index.html").Body!.TextContent);
    }

    [Fact]
    public void Content_in_an_undeclared_language_folder_is_a_build_finding()
    {
        var finding = Assert.Single(CheckFixture.Run(Yml, In("de", "a", "Ein Text.")).Of("build"));
        Assert.Contains("does not declare", finding.Message);
    }
}
