using System.Text;
using System.Xml;

namespace SiteGen.Render.Feeds;

/// <summary>Writes an XML document the same way every time: UTF-8 declaration, two-space indent, '\n' line ends.</summary>
public static class XmlOutput
{
    private static readonly XmlWriterSettings Settings =
        new() { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true };

    public static string Write(Action<XmlWriter> writeRoot)
    {
        var output = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using (var xml = XmlWriter.Create(output, Settings)) writeRoot(xml);
        return output.Append('\n').ToString();
    }
}
