namespace Mlops.Model.Training.Data.Csv;

/// <summary>The file is not well-formed CSV (an unterminated quote, text after a closing quote).</summary>
public sealed class CsvFormatException : Exception
{
    public CsvFormatException(string source, long line, string problem)
        : base($"{source} line {line}: {problem}")
    {
        SourceName = source;
        Line = line;
    }

    public CsvFormatException()
    {
        SourceName = string.Empty;
    }

    public CsvFormatException(string message)
        : base(message)
    {
        SourceName = string.Empty;
    }

    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
    }

    public string SourceName { get; }

    public long Line { get; }
}
