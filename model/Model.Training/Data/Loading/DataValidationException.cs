namespace Mlops.Model.Training.Data.Loading;

/// <summary>The data cannot be used: a bad row (with file, line, column and value), an empty file, a single-class target, ….</summary>
public sealed class DataValidationException : Exception
{
    public DataValidationException(string message, BadRow badRow)
        : base(message) => BadRow = badRow;

    public DataValidationException()
    {
    }

    public DataValidationException(string message)
        : base(message)
    {
    }

    public DataValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The offending row when one row is to blame.</summary>
    public BadRow? BadRow { get; }
}
