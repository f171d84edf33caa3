namespace SiteGen.Templates.Syntax;

internal sealed partial class Lexer
{
    /// <summary>
    /// Lexes code tokens until the block closes: <c>}}</c> for a code block, the matching <c>}</c>
    /// for an interpolation hole, or the end of text for a pure script.
    /// </summary>
    private void LexCode(bool interpolation, bool wholeText)
    {
        var braceDepth = 0;
        var space = true;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' || (c == '\r' && Peek(1) != '\n')) { _pos++; space = true; continue; }
            if (c == '\n' || c == '\r')
            {
                if (interpolation)
                {
                    Error(_pos, "Opened interpolated expression not closed on the same line.");
                    return;
                }
                Add(TokenKind.NewLine, _pos);
                _pos += c == '\r' ? 2 : 1;
                space = true;
                continue;
            }
            if (!interpolation && !wholeText && braceDepth == 0 && TryCodeExit()) return;
            if (interpolation && c == '}' && braceDepth == 0) return;
            if (c == '#') { SkipComment(); space = true; continue; }

            var start = _pos;
            if (char.IsLetter(c) || c == '_') LexIdentifier(space);
            else if (char.IsDigit(c)) LexNumber(space);
            else if (c is '"' or '\'') Add(TokenKind.String, start, ReadString(c), space);
            else if (c == '`') Add(TokenKind.String, start, ReadVerbatim(), space);
            else if (c == '$') LexDollar(space);
            else if (!LexOperator(space, ref braceDepth))
            {
                Error(_pos, $"Unexpected character `{c}`");
                Add(TokenKind.Invalid, start, c.ToString(), space);
                _pos++;
            }
            space = false;
        }
    }

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private bool TryCodeExit()
    {
        var c = _text[_pos];
        var trim = TrimMode.None;
        var at = _pos;
        if (c is '-' or '~' && Peek(1) == '}' && Peek(2) == '}') { trim = c == '-' ? TrimMode.Greedy : TrimMode.Line; at++; }
        else if (!(c == '}' && Peek(1) == '}')) return false;
        Add(TokenKind.CodeExit, at);
        _pos = at + 2;
        _trimNext = trim;
        return true;
    }

    /// <summary>Skips <c># ...</c> to the end of line and <c>## ... ##</c>; both also end at a code exit.</summary>
    private void SkipComment()
    {
        var multi = Peek(1) == '#';
        _pos += multi ? 2 : 1;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (multi && c == '#' && Peek(1) == '#') { _pos += 2; return; }
            if (!multi && c is '\n' or '\r') return;
            if (c == '}' && Peek(1) == '}') return;
            if (c is '-' or '~' && Peek(1) == '}' && Peek(2) == '}') return;
            _pos++;
        }
    }

    private void LexIdentifier(bool space)
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        // `empty?` is a member name, but `a?.b`, `a ?? b` and `a?!b` are operators.
        if (Peek(0) == '?' && Peek(1) is not ('.' or '?' or '!') && !char.IsLetterOrDigit(Peek(1))) _pos++;
        Add(TokenKind.Identifier, start, _text.Substring(start, _pos - start), space);
    }

    private void LexDollar(bool space)
    {
        var start = _pos;
        var next = Peek(1);
        if (next is '"' or '\'') { _pos++; LexInterpolated(start, space); return; }
        _pos++;
        if (next == '$') _pos++;
        else while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        Add(TokenKind.Local, start, _text.Substring(start, _pos - start), space);
    }

    private bool LexOperator(bool space, ref int braceDepth)
    {
        foreach (var (text, kind) in TokenText.Operators)
        {
            if (string.CompareOrdinal(_text, _pos, text, 0, text.Length) != 0) continue;
            if (kind == TokenKind.OpenBrace) braceDepth++;
            else if (kind == TokenKind.CloseBrace) braceDepth--;
            Add(kind, _pos, null, space);
            _pos += text.Length;
            return true;
        }
        return false;
    }

    private void LexNumber(bool space)
    {
        var start = _pos;
        var isFloat = false;
        if (_text[_pos] == '0' && Peek(1) is 'x' or 'X' or 'b' or 'B')
        {
            _pos += 2;
            while (_pos < _text.Length && (char.IsAsciiHexDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        }
        else
        {
            SkipDigits();
            if (Peek(0) == '.' && char.IsDigit(Peek(1))) { isFloat = true; _pos++; SkipDigits(); }
            if (Peek(0) is 'e' or 'E' && (char.IsDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsDigit(Peek(2)))))
            {
                _pos += 2;
                SkipDigits();
            }
            if (Peek(0) is 'f' or 'F' or 'd' or 'D' or 'm' or 'M') { isFloat = true; _pos++; }
        }
        if (!isFloat && Peek(0) is 'u' or 'U' or 'l' or 'L') _pos++;
        Add(isFloat ? TokenKind.Float : TokenKind.Integer, start, _text.Substring(start, _pos - start), space);
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
    }
}
