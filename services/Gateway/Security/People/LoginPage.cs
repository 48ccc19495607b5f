using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace IndustryPlatform.Gateway.Security.People;

/// <summary>
/// /account/login: the one page the gateway serves to people. A successful sign-in sets the gateway's own session
/// cookie (HttpOnly, SameSite=Lax) and returns to the authorization request that sent the person here.
/// </summary>
public static class LoginPage
{
    public const string Path = "/account/login";
    public const string Scheme = "staff";
    private const string CookieName = "industry-platform.staff";

    public static AuthenticationBuilder AddStaffSession(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(Scheme, options =>
        {
            options.LoginPath = Path;
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS; the local stack is plain HTTP.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, antiforgery, returnUrl, failed: false)).ExcludeFromDescription();
        app.MapPost(Path, SignInAsync).ExcludeFromDescription();
        return app;
    }

    public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);

    // Binding from the form makes the antiforgery middleware check the token first (400 without it).
    private static async Task<IResult> SignInAsync([FromForm] LoginForm form, HttpContext context, IAntiforgery antiforgery, StaffDirectory staff)
    {
        if (staff.SignIn(form.UserName, form.Password) is not { } member)
        {
            return Page(context, antiforgery, form.ReturnUrl, failed: true);
        }

        var identity = new ClaimsIdentity(Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, member.UserName));
        await context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/");
    }

    /// <summary>Only a path on this gateway: never send a person on to an address an attacker put in the link.</summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, bool failed)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var error = failed ? """<p class="error" role="alert">用户名或密码不正确。</p>""" : "";
        var body = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
              <title>登录 · 湖州市工业经济平台</title>
              <style>
                body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #f0f3f8; margin: 0; }
                main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 2px 12px #0002; }
                h1 { font-size: 1.25rem; color: #b71c1c; margin-top: 0; }
                label { display: block; margin: 1rem 0 .25rem; }
                input { width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; }
                button { margin-top: 1.5rem; width: 100%; padding: .6rem; font-size: 1rem; background: #b71c1c; color: #fff; border: 0; border-radius: 4px; }
                .error { color: #b71c1c; }
              </style>
            </head>
            <body>
            <main>
              <h1>湖州市工业经济平台 · 登录</h1>
              {{error}}
              <form method="post" action="{{Path}}">
                <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken ?? "")}}">
                <input type="hidden" name="ReturnUrl" value="{{html.Encode(returnUrl ?? "")}}">
                <label for="UserName">用户名</label>
                <input id="UserName" name="UserName" autocomplete="username" required autofocus>
                <label for="Password">密码</label>
                <input id="Password" name="Password" type="password" autocomplete="current-password" required>
                <button type="submit">登录</button>
              </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(body, "text/html; charset=utf-8", statusCode: failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }
}
