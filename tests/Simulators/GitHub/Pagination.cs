using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Mlops.Simulators.GitHub;

/// <summary>GitHub's paging: per_page (default 30, at most 100), page (from 1), and a Link header naming next/last.</summary>
public static class Pagination
{
    public static IReadOnlyList<T> Page<T>(HttpContext http, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(items);
        var perPage = Math.Clamp(Number(http, "per_page", 30), 1, 100);
        var page = Math.Max(1, Number(http, "page", 1));
        var lastPage = Math.Max(1, (items.Count + perPage - 1) / perPage);
        if (page < lastPage)
        {
            http.Response.Headers.Link = $"<{PageUrl(http, page + 1)}>; rel=\"next\", <{PageUrl(http, lastPage)}>; rel=\"last\"";
        }

        return items.Skip((page - 1) * perPage).Take(perPage).ToList();
    }

    private static int Number(HttpContext http, string name, int fallback) =>
        int.TryParse(http.Request.Query[name].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string PageUrl(HttpContext http, int page)
    {
        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        var builder = new QueryBuilder(query.SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value ?? string.Empty))));
        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{builder.ToQueryString()}";
    }
}
