namespace Mlops.Model.Training.Data.Loading;

/// <summary>One rejected row: where it is, which column and value, and what is wrong with it.</summary>
public sealed record BadRow(string File, long Line, string Column, string Value, string Problem)
{
    public override string ToString() => $"{File} line {Line}, column '{Column}', value '{Value}': {Problem}";
}
