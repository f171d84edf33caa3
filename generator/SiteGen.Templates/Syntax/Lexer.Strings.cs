using System.Text;

namespace SiteGen.Templates.Syntax;

internal sealed partial class Lexer
{
    private string ReadString(char quote)
    {
        var start = _pos++;
        var builder = new StringBuilder();
        while (_pos < _text.Length && _text[_pos] != quote)
        {
            if (_text[_pos] == '\\') ReadEscape(builder);
            else builder.Append(_text[_pos++]);
        }
        if (_pos >= _text.Length) Error(start, $"Unexpected end of file while parsing a string not terminated by a {quote}");
        else _pos++;
        return builder.ToString();
    }

    private string ReadVerbatim()
    {
        var start = _pos++;
        var builder = new StringBuilder();
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '`')
            {
                if (Peek(1) != '`') { _pos++; return builder.ToString(); }
                _pos++;
            }
            builder.Append(_text[_pos++]);
        }
        Error(start, "Unexpected end of file while parsing a verbatim string not terminated by a `");
        return builder.ToString();
    }

    private void ReadEscape(StringBuilder builder)
    {
        var c = Peek(1);
        _pos += 2;
        switch (c)
        {
            case 'n': builder.Append('\n'); break;
            case 'r': builder.Append('\r'); break;
            case 't': builder.Append('\t'); break;
            case 'b': builder.Append('\b'); break;
            case 'f': builder.Append('\f'); break;
            case '0': builder.Append('\0'); break;
            case 'u': builder.Append(ReadHex(4)); break;
            case 'x': builder.Append(ReadHex(2)); break;
            case '\0': _pos--; break;
            default: builder.Append(c); break;
        }
    }

    private char ReadHex(int digits)
    {
        var value = 0;
        for (var i = 0; i < digits && _pos < _text.Length && char.IsAsciiHexDigit(_text[_pos]); i++)
            value = value * 16 + Convert.ToInt32(_text[_pos++].ToString(), 16);
        return (char)value;
    }

    /// <summary>
    /// Lexes <c>$"text {expr} text"</c> into InterpStart, the hole's tokens, InterpMid..., InterpEnd;
    /// a string without holes becomes a plain String token. <c>\{</c> is a literal brace.
    /// </summary>
    private void LexInterpolated(int start, bool space)
    {
        var quote = _text[_pos++];
        var builder = new StringBuilder();
        var first = true;
        var partStart = start;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                Add(first ? TokenKind.String : TokenKind.InterpEnd, partStart, builder.ToString(), first && space);
                return;
            }
            if (c == '\\' && Peek(1) == '{') { builder.Append('{'); _pos += 2; continue; }
            if (c == '\\') { ReadEscape(builder); continue; }
            if (c != '{') { builder.Append(c); _pos++; continue; }

            Add(first ? TokenKind.InterpStart : TokenKind.InterpMid, partStart, builder.ToString(), first && space);
            first = false;
            builder.Clear();
            _pos++;
            LexCode(interpolation: true, wholeText: false);
            if (Peek(0) != '}')
            {
                Add(TokenKind.InterpEnd, _pos, "");
                return;
            }
            partStart = _pos++;
        }
        Error(start, $"Unexpected end of file while parsing a string not terminated by a {quote}");
        Add(first ? TokenKind.String : TokenKind.InterpEnd, partStart, builder.ToString(), first && space);
    }
}
