namespace Mlops.Model.Training.Gating;

/// <summary>One row of the gate table: what was checked, the value with its interval, the bound, the verdict.</summary>
public sealed record GateCheck(string Check, string Value, string Bound, bool Passed)
{
    public string Verdict => Passed ? "pass" : "FAIL";
}
