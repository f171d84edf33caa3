namespace SiteGen.Templates.Syntax;

/// <summary>
/// Splits a template into tokens: text runs, escape blocks and the tokens of code blocks.
/// Whitespace control (<c>{{-</c>, <c>~}}</c>, ...) is applied here, so text tokens arrive trimmed.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly string _path;
    private readonly List<Token> _tokens = new();
    private readonly List<LogMessage> _messages;
    private readonly int[] _lineStarts;
    private int _pos;
    private TrimMode _trimNext;

    private enum TrimMode { None, Greedy, Line }

    private Lexer(string text, string path, List<LogMessage> messages)
    {
        _text = text;
        _path = path;
        _messages = messages;
        _lineStarts = LineStarts(text);
    }

    public static List<Token> Tokenize(string text, string path, List<LogMessage> messages, bool codeOnly = false)
    {
        var lexer = new Lexer(text, path, messages);
        if (codeOnly) lexer.LexCode(interpolation: false, wholeText: true);
        else lexer.LexTemplate();
        lexer.Add(TokenKind.Eof, lexer._pos);
        return lexer._tokens;
    }

    private void LexTemplate()
    {
        while (_pos < _text.Length)
        {
            var open = FindOpening(_pos, out var percents);
            var end = open < 0 ? _text.Length : open;
            AddRaw(_pos, end);
            if (open < 0) { _pos = _text.Length; break; }
            if (percents > 0) LexEscape(open, percents);
            else LexCodeBlock(open);
        }
    }

    /// <summary>Finds the next <c>{{</c> or <c>{%..%{</c>; percents counts the % of an escape opening.</summary>
    private int FindOpening(int from, out int percents)
    {
        percents = 0;
        for (var i = _text.IndexOf('{', from); i >= 0 && i + 1 < _text.Length; i = _text.IndexOf('{', i + 1))
        {
            if (_text[i + 1] == '{') return i;
            var j = i + 1;
            while (j < _text.Length && _text[j] == '%') j++;
            if (j > i + 1 && j < _text.Length && _text[j] == '{') { percents = j - i - 1; return i; }
        }
        return -1;
    }

    private void AddRaw(int start, int end)
    {
        var trim = _trimNext;
        _trimNext = TrimMode.None;
        if (trim == TrimMode.Greedy) while (start < end && char.IsWhiteSpace(_text[start])) start++;
        else if (trim == TrimMode.Line)
        {
            while (start < end && _text[start] is ' ' or '\t') start++;
            if (start < end && _text[start] == '\n') start++;
            else if (start + 1 < end && _text[start] == '\r' && _text[start + 1] == '\n') start += 2;
        }
        if (end > start) Add(TokenKind.Raw, start, _text.Substring(start, end - start));
    }

    /// <summary>Applies a left strip (<c>{{-</c>, <c>{{~</c>) to the text token just before a block.</summary>
    private void TrimPreviousRaw(char marker)
    {
        if (_tokens.Count == 0 || _tokens[^1].Kind != TokenKind.Raw) return;
        var raw = _tokens[^1];
        var value = raw.Value!;
        var end = value.Length;
        if (marker == '-') while (end > 0 && char.IsWhiteSpace(value[end - 1])) end--;
        else while (end > 0 && value[end - 1] is ' ' or '\t') end--;
        if (end == 0) _tokens.RemoveAt(_tokens.Count - 1);
        else _tokens[^1] = raw with { Value = value[..end] };
    }

    private void LexEscape(int open, int percents)
    {
        var contentStart = open + percents + 2;
        if (contentStart < _text.Length && _text[contentStart] is '-' or '~') TrimPreviousRaw(_text[contentStart++]);
        var closing = "}" + new string('%', percents) + "}";
        var close = _text.IndexOf(closing, contentStart, StringComparison.Ordinal);
        var contentEnd = close < 0 ? _text.Length : close;
        var trim = TrimMode.None;
        if (contentEnd > contentStart && _text[contentEnd - 1] is '-' or '~')
        {
            trim = _text[contentEnd - 1] == '-' ? TrimMode.Greedy : TrimMode.Line;
            contentEnd--;
        }
        if (close < 0) Error(open, "Unexpected end of file while parsing an escape block not terminated by " + closing);
        Add(TokenKind.Escape, open, _text.Substring(contentStart, contentEnd - contentStart));
        _pos = close < 0 ? _text.Length : close + closing.Length;
        _trimNext = trim;
    }

    private void LexCodeBlock(int open)
    {
        _pos = open + 2;
        if (_pos < _text.Length && _text[_pos] is '-' or '~') TrimPreviousRaw(_text[_pos++]);
        Add(TokenKind.CodeEnter, open);
        LexCode(interpolation: false, wholeText: false);
    }

    private void Add(TokenKind kind, int offset, string? value = null, bool spaceBefore = false)
    {
        var (line, column) = Position(offset);
        _tokens.Add(new Token(kind, line, column, value, spaceBefore));
    }

    private void Error(int offset, string message)
    {
        var (line, column) = Position(offset);
        _messages.Add(new LogMessage(new SourceSpan(_path, line, column), message));
    }

    internal (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        return starts.ToArray();
    }
}
