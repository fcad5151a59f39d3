namespace Mlops.Api.Hosting;

/// <summary>
/// Answers a request that the server could not read (a malformed chunk, a body that arrives too slowly, a body
/// over the server's limit) with the status the server chose, 400, 408 or 413, as problem details, and logs one
/// warning line: it is the client's error, so neither a 500 nor a stack trace.
/// </summary>
internal sealed partial class ClientErrorMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<ClientErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            LogRejected(logger, context.Request.Method, context.Request.Path, exception.StatusCode, exception.Message);
            context.Response.Clear();
            context.Response.StatusCode = exception.StatusCode;

            // The body could not be read to its end, so the connection cannot carry another request.
            context.Response.Headers.Connection = "close";
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = exception.StatusCode, Detail = exception.Message },
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: {Status}, the request could not be read: {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, PathString path, int status, string reason);
}
