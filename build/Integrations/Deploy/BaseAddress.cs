namespace Mlops.Build.Integrations.Deploy;

/// <summary>The base address of a running API as a person types it, checked and made ready for relative paths.</summary>
public static class BaseAddress
{
    /// <param name="source">Where the text came from (e.g. --url), named in the error.</param>
    public static Uri Parse(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"{source} is required: the base address of a running API, e.g. http://127.0.0.1:8002.", nameof(text));
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"{source} must be an absolute http(s) address such as http://127.0.0.1:8002, not '{text}'.", nameof(text));
        }

        // Without the trailing slash, "health" would replace the last segment of a base path instead of extending it.
        return url.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }
}
