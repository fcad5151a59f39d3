namespace Mlops.Model.Training.Spec;

/// <summary>What a bad row (a value of the wrong type, out of range, or missing where required) does.</summary>
public enum BadRowPolicy
{
    /// <summary>Stop at the first bad row, naming file, line, column and value.</summary>
    Fail,

    /// <summary>Drop bad rows, count them and keep the first examples for the report.</summary>
    Skip,

    /// <summary>
    /// Monitoring's batches (not a spec value): keep a row whose values break the declaration (missing where required,
    /// out of range, not in the values list) as read, so the checks count and judge them; unparseable values are kept as
    /// missing. Rows with the wrong number of fields or no target are still dropped and counted.
    /// </summary>
    Keep,
}
