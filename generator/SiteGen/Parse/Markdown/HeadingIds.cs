using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Parse.Markdown;

/// <summary>
/// Gives each heading a unique id in GitHub's scheme ("Making Amends" → making-amends, then making-amends-1...), never one
/// the theme's own elements use: "## Main" must not make a second id="main". Each base id remembers its next suffix,
/// so a page of identical headings takes linear time. Registered before Markdig's auto-identifiers, which leave a
/// heading that already has an id alone but still let [Heading text] link to it.
/// </summary>
internal sealed class HeadingIds(ReservedIds reserved) : IMarkdownExtension
{
    private static readonly object StateKey = new();

    [ThreadStatic] private static StringBuilder? _text;

    private sealed class State
    {
        public readonly HashSet<string> Used = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> NextSuffix = new(StringComparer.Ordinal);
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } atx) atx.Closed += OnClosed;
        // Setext headings (a line of === or --- under text) are paragraphs until they close.
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } setext) setext.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += Assign;
    }

    private void Assign(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null) return;
        var state = processor.Document.GetData(StateKey) as State;
        if (state is null) processor.Document.SetData(StateKey, state = new State());
        attributes.Id = Unique(BaseId(heading.Inline), state);
    }

    private string Unique(string baseId, State state)
    {
        if (!reserved.Contains(baseId) && state.Used.Add(baseId)) return baseId;
        int suffix = state.NextSuffix.GetValueOrDefault(baseId, 1);
        string id;
        do id = baseId + "-" + suffix++;
        while (reserved.Contains(id) || !state.Used.Add(id));
        state.NextSuffix[baseId] = suffix;
        return id;
    }

    private static string BaseId(ContainerInline inline)
    {
        var text = _text ??= new StringBuilder();
        text.Clear();
        AppendText(inline, text);
        string id = LinkHelper.UrilizeAsGfm(text.ToString());
        return id.Length == 0 ? "section" : id;
    }

    // The heading's text as a plain-text rendering gives it (links and emphasis give their words, code its code),
    // gathered from the tree: a renderer per heading cost more than the rest of the Markdown stage's headings.
    private static void AppendText(ContainerInline container, StringBuilder text)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case AutolinkInline auto: text.Append(auto.Url); break;
                case LineBreakInline: text.Append('\n'); break;
                case ContainerInline nested: AppendText(nested, text); break;
            }
        }
    }
}
