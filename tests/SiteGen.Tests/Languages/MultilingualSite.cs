using SiteGen.Tests.Support;

namespace SiteGen.Tests.Languages;

/// <summary>A small site in English and Spanish: two articles translated, one in each language only, a page in both.</summary>
internal static class MultilingualSite
{
    public const string SiteYml = """
        title: Harbor Recovery
        description: Help for families.
        base_url: https://example.org/help/
        language: en
        helpline:
          label: SAMHSA National Helpline
          phone: "1-800-662-4357"
        disclaimer: Not medical advice.
        topics:
          trust: Rebuilding trust
          relapse: Relapse
        languages:
          es:
            title: Recuperación Harbor
            description: Ayuda para familias.
            helpline:
              label: Línea Nacional de Ayuda de SAMHSA, en español
              phone: "1-800-662-4357"
            disclaimer: No es consejo médico.
            topics:
              trust: { name: Reconstruir la confianza, slug: confianza }
              relapse: Recaídas
        """;

    public static SiteFixture Create(params (string Path, string Text)[] more) => SiteFixture.Create(
    [
        ("content/site.yml", SiteYml),
        ("content/articles/trust.md", "---\ntitle: Rebuilding trust\ndate: 2026-03-01\ntopics: [trust]\n---\n\nTrust comes back slowly, one kept promise at a time.\n"),
        ("content/articles/relapse.md", "---\ntitle: After a relapse\ndate: 2026-02-01\ntopics: [relapse]\n---\n\nA relapse is a setback, not the end of recovery.\n"),
        ("content/articles/english-only.md", "---\ntitle: Only in English\ndate: 2026-01-01\ntopics: [trust]\n---\n\nThis one has no translation.\n"),
        ("content/es/articles/trust.md", "---\ntitle: Reconstruir la confianza\ndate: 2026-03-02\ntopics: [trust]\n---\n\nLa confianza vuelve despacio, con cada promesa cumplida.\n"),
        ("content/es/articles/recaida.md", "---\ntitle: Después de una recaída\ndate: 2026-02-02\ntopics: [relapse]\ntranslation_key: relapse\n---\n\nUna recaída es un tropiezo, no el final de la recuperación.\n"),
        ("content/es/articles/solo-espanol.md", "---\ntitle: Solo en español\ndate: 2026-01-02\ntopics: [confianza]\n---\n\nEste artículo no tiene traducción.\n"),
        ("content/pages/about.md", "---\ntitle: About us\n---\n\nWho we are.\n"),
        ("content/es/pages/about.md", "---\ntitle: Quiénes somos\nslug: quienes-somos\n---\n\nQuiénes somos.\n"),
        .. more,
    ]);
}
