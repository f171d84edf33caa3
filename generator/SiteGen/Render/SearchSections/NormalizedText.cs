using System.Text;

namespace SiteGen.Render.SearchSections;

/// <summary>
/// Collects text with runs of whitespace made one space and none at either end, as it arrives, so a
/// section's text is built once instead of gathered raw and normalised after.
/// </summary>
internal struct NormalizedText(StringBuilder text)
{
    private bool pendingSpace;

    public void Append(ReadOnlySpan<char> more)
    {
        foreach (var c in more)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }
            if (pendingSpace) text.Append(' ');
            pendingSpace = false;
            text.Append(c);
        }
    }

    public void AppendSpace() => pendingSpace = text.Length > 0;

    public override readonly string ToString() => text.ToString();
}
