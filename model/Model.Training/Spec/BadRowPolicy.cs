namespace Mlops.Model.Training.Spec;

/// <summary>What a bad row (a value of the wrong type, out of range, or missing where required) does.</summary>
public enum BadRowPolicy
{
    /// <summary>Stop at the first bad row, naming file, line, column and value.</summary>
    Fail,

    /// <summary>Drop bad rows, count them and keep the first examples for the report.</summary>
    Skip,
}
