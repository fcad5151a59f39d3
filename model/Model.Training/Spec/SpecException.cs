namespace Mlops.Model.Training.Spec;

/// <summary>The spec is not valid: names the file, the JSON path and what was expected there.</summary>
public sealed class SpecException : Exception
{
    public SpecException(string source, string jsonPath, string problem)
        : base($"{source}: {jsonPath}: {problem}")
    {
        SpecFile = source;
        JsonPath = jsonPath;
        Problem = problem;
    }

    public SpecException()
    {
        JsonPath = "$";
        Problem = "invalid spec";
    }

    public SpecException(string message)
        : base(message)
    {
        JsonPath = "$";
        Problem = message;
    }

    public SpecException(string message, Exception innerException)
        : base(message, innerException)
    {
        JsonPath = "$";
        Problem = message;
    }

    /// <summary>The spec file (or a label for text that came from elsewhere).</summary>
    public string SpecFile { get; } = "spec";

    /// <summary>Where in the spec, as a JSON path (<c>$.columns[2].type</c>).</summary>
    public string JsonPath { get; }

    public string Problem { get; }
}
