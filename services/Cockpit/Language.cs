namespace IndustryPlatform.Cockpit;

/// <summary>zh-CN first; English for whoever switches, remembered in a cookie for a year.</summary>
public static class Language
{
    public const string CookieName = "cockpit.language";

    public static bool IsEnglish(HttpContext? context) => context?.Request.Cookies[CookieName] == "en";

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context) =>
        {
            context.Response.Cookies.Append(CookieName, code == "en" ? "en" : "zh", new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        });
        return app;
    }
}
