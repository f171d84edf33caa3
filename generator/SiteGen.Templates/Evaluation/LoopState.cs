using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Evaluation;

/// <summary>One running loop: its variable and what <c>for.*</c> / <c>while.*</c> / <c>tablerow.*</c> report.</summary>
internal sealed class LoopState
{
    public string Kind = "for";
    public string? VariableName;
    public bool VariableIsLocal;
    public object? Value;
    public int Index;
    public int Length;
    public bool Changed;
    public int Columns;
    public int Steps;

    public object? Member(string name) => name switch
    {
        "index" => Boxes.Int(Index),
        "rindex" => Boxes.Int(Length - Index - 1),
        "first" => Boxes.Bool(Index == 0),
        "last" => Boxes.Bool(Index == Length - 1),
        "even" => Boxes.Bool(Index % 2 == 0),
        "odd" => Boxes.Bool(Index % 2 == 1),
        "changed" => Boxes.Bool(Changed),
        "length" => Boxes.Int(Length),
        "col" => Boxes.Int(Columns > 0 ? Index % Columns + 1 : 1),
        "row" => Boxes.Int(Columns > 0 ? Index / Columns + 1 : Index + 1),
        _ => null,
    };
}
