namespace SiteGen.Checks.Rules;

/// <summary>
/// The words that label or blame a person for a substance use disorder, in one language, with what to say instead.
/// The terms are public guidance (NIDA's "Words Matter" and its Spanish edition, SAMHSA, the AP stylebook); the
/// suggestions are SiteGen's own wording. A language without a list has none of its own: only the site's terms
/// (<c>check: { stigma_language: { extra: ... } }</c>) are looked for there.
/// </summary>
/// <param name="Terms">Regular expressions, matched as whole words without case.</param>
/// <param name="Allowed">Names that hold a term but are not a label ("Alcoholics Anonymous").</param>
/// <param name="Triggers">Every term's match holds one of these: text without any of them (nearly all) is not searched further.</param>
public sealed record StigmaTerms(IReadOnlyList<(string Pattern, string Suggestion)> Terms, IReadOnlyList<string> Allowed, IReadOnlyList<string> Triggers)
{
    public static StigmaTerms Of(string language) => Languages.PluralRule.BaseCode(language).ToLowerInvariant() switch
    {
        "en" => English,
        "es" => Spanish,
        _ => None,
    };

    public static readonly StigmaTerms None = new([], [], []);

    private const string Person = "person with a substance use disorder";
    private const string Recovery = "in recovery, or not using";

    /// <summary>
    /// "Clean" and "dirty" are findings only where they are said of a person, a test or time: "getting clean", "two years
    /// clean", "a dirty urine", not "a clean kitchen" or "clean up".
    /// </summary>
    public static readonly StigmaTerms English = new(
    [
        (@"(former|recovering|ex-)\s*addicts?", "person in recovery"),
        (@"addicts", "people with a substance use disorder"),
        (@"addict", Person),
        (@"junkies", "people who use drugs"),
        (@"junkie", "person who uses drugs"),
        (@"(drug|substance|alcohol)\s+abusers?", Person),
        (@"abusers?", Person),
        (@"(drug|substance|alcohol)\s+abuse", "substance use, or substance use disorder"),
        (@"alcoholics(?!\s+anonymous)", "people with alcohol use disorder"),
        (@"alcoholic(?!\s+(drinks?|beverages?|content))", "person with alcohol use disorder"),
        (@"drug\s+habit", "substance use disorder"),
        (@"(opioid\s+|methadone\s+|drug\s+)?replacement\s+therapy", "medication for opioid use disorder"),
        (@"clean\s+and\s+sober", Recovery),
        (@"clean\s+(time|date)", "time in recovery"),
        (@"(\w+|\d+)\s+(days?|weeks?|months?|years?)\s+clean", "time in recovery (two years in recovery)"),
        (@"(get|gets|got|getting|gotten|stay|stays|stayed|staying|go|goes|went|going|remain|remains|remained|remaining)\s+clean", Recovery),
        (@"(I|you|he|she|we|they|I'm|you're|he's|she's|we're|they're)\s+((am|is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)\s+)?clean", Recovery),
        (@"(I|you|he|she|we|they|I'm|you're|he's|she's|we're|they're)\s+((am|is|are|was|were|be|been|being|has\s+been|have\s+been)\s+)?dirty", "using, or has returned to use"),
        (@"(clean|dirty)\s+(urine|urines|tests?|drug\s+tests?|screens?|samples?|UAs?|results?)", "tested negative, or tested positive"),
        (@"(tested|testing|tests|came\s+back|comes\s+back)\s+(clean|dirty)", "tested negative, or tested positive"),
    ],
    ["Alcoholics Anonymous", "Adult Children of Alcoholics"],
    ["addict", "junkie", "abuse", "alcoholic", "habit", "replacement", "clean", "dirty"]);

    private const string Persona = "persona con un trastorno por consumo de sustancias";
    private const string EnRecuperacion = "en recuperación, o sin consumir";

    /// <summary>
    /// Accents are optional in every term, as writers often leave them out. "Limpio" and "sucio" are findings only where
    /// they are said of time, of staying off substances or of a test ("dos años limpio", "mantenerse limpia", "orina
    /// sucia"), not of a kitchen; "alcohólico" is not one in "bebidas alcohólicas".
    /// </summary>
    public static readonly StigmaTerms Spanish = new(
    [
        (@"(ex\s*-?\s*adict[oa]s?|adict[oa]s?\s+en\s+recuperaci[oó]n)", "persona en recuperación"),
        (@"adict[oa]s", "personas con un trastorno por consumo de sustancias"),
        (@"adict[oa]", Persona),
        (@"drogadict[oa]s?", "persona con un trastorno por consumo de drogas"),
        (@"(yonqui|yonki|yonquis|yonkis)", "persona que consume drogas"),
        (@"toxic[oó]man[oa]s?", Persona),
        (@"(?<!bebidas?\s+)alcoh[oó]lic[oa]s(?!\s+an[oó]nimos)", "personas con un trastorno por consumo de alcohol"),
        (@"(?<!bebidas?\s+)alcoh[oó]lic[oa]", "persona con un trastorno por consumo de alcohol"),
        (@"abuso\s+de\s+(sustancias|drogas|alcohol|alcohol\s+y\s+drogas|opioides|opi[aá]ceos)", "consumo de sustancias, o trastorno por consumo de sustancias"),
        (@"abusador(es|as?)?(\s+de\s+(sustancias|drogas|alcohol))?", Persona),
        (@"vicios?", "trastorno por consumo de sustancias"),
        (@"terapia\s+de\s+(sustituci[oó]n|reemplazo)", "medicamentos para el trastorno por consumo de opioides"),
        (@"(\w+|\d+)\s+(d[ií]as?|semanas?|mes|meses|a[nñ]os?)\s+limpi[oa]s?", "tiempo en recuperación (dos años en recuperación)"),
        // Said of oneself, or of a person named by a pronoun: "la cocina está limpia" is not a finding.
        (@"(estoy|estamos|estuve|sigo|seguimos|seguir|mantenerse|mantenerme|mantenerte|mantenernos|mantente|ponerse|ponerme|quedarse|quedarme)\s+limpi[oa]s?", EnRecuperacion),
        (@"(él|ella|ellos|ellas|usted|ustedes)\s+(est[aá]|est[aá]n|estaba|estaban|estuvo|sigue|siguen)\s+limpi[oa]s?", EnRecuperacion),
        (@"(orinas?|pruebas?|an[aá]lisis|muestras?|resultados?|controles?)(\s+de\s+(orina|drogas))?\s+(limpi|suci)[oa]s?", "resultado negativo, o resultado positivo"),
        (@"(sali[oó]|salieron|sale|salen|dio|dieron)\s+(limpi|suci)[oa]s?", "resultado negativo, o resultado positivo"),
    ],
    ["Alcohólicos Anónimos", "Alcoholicos Anonimos", "Hijos Adultos de Alcohólicos"],
    ["adict", "yonqui", "yonki", "toxicóman", "toxicoman", "alcohólic", "alcoholic", "abus", "vicio", "terapia", "limpi", "suci"]);
}
