using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mlops.Api.Binding;

/// <summary>
/// A JSON request body read whole from the request's pipe, without copying, or the reason it was refused:
/// a content type other than JSON (415) or more bytes than the limit (413).
/// </summary>
internal readonly struct JsonBody
{
    private readonly HttpRequest? _request;

    private JsonBody(HttpRequest request, ReadOnlySequence<byte> content)
    {
        _request = request;
        Content = content;
    }

    private JsonBody(ProblemHttpResult refusal) => Refusal = refusal;

    public ReadOnlySequence<byte> Content { get; }

    public ProblemHttpResult? Refusal { get; }

    public static async ValueTask<JsonBody> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"The body must be JSON (Content-Type: application/json); got '{request.ContentType ?? "none"}'.");
        }

        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var pipe = request.BodyReader;
        while (true)
        {
            var read = await ReadBodyAsync(pipe, cancellationToken);
            if (read.Buffer.Length > limit)
            {
                pipe.AdvanceTo(read.Buffer.End);
                return TooLarge(limit);
            }

            if (read.IsCompleted)
            {
                return new JsonBody(request, read.Buffer);
            }

            // Nothing consumed yet: ask the pipe for the rest of the body on top of what it holds.
            pipe.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    // Kestrel reports most malformed framing as BadHttpRequestException, but a chunk size too large for a long
    // as a plain IOException: either way the client sent it, so it is a 400, not a server error.
    private static async ValueTask<ReadResult> ReadBodyAsync(PipeReader pipe, CancellationToken cancellationToken)
    {
        try
        {
            return await pipe.ReadAsync(cancellationToken);
        }
        catch (IOException exception) when (exception is not BadHttpRequestException)
        {
            throw new BadHttpRequestException($"The request body could not be read: {exception.Message}", StatusCodes.Status400BadRequest, exception);
        }
    }

    /// <summary>Hands the body's buffers back to the pipe; call once the content is parsed.</summary>
    public void Release() => _request?.BodyReader.AdvanceTo(Content.End);

    private static JsonBody TooLarge(long limit) =>
        Refuse(StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"The body is larger than {limit.ToString(CultureInfo.InvariantCulture)} bytes (setting Api:MaxRequestBodyBytes).");

    private static JsonBody Refuse(int status, string title, string detail) =>
        new(TypedResults.Problem(detail: detail, statusCode: status, title: title));
}
