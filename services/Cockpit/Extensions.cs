using IndustryPlatform.Cockpit.Components;
using IndustryPlatform.Cockpit.Gateway;
using IndustryPlatform.Cockpit.Security;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace IndustryPlatform.Cockpit;

public static class Extensions
{
    public static WebApplicationBuilder AddCockpitServices(this WebApplicationBuilder builder)
    {
        // The pages' assets (wwwroot, blazor.web.js) from the build output in every environment the AppHost runs it
        // in (tests run it as Production); a published cockpit has them in its own wwwroot and no manifest to read.
        builder.WebHost.UseStaticWebAssets();
        builder.AddPeopleSignIn();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CircuitServicesAccessor>();
        builder.Services.AddScoped<CircuitHandler, CircuitServicesHandler>();
        builder.Services.AddTransient<AccessTokenHandler>();
        // The gateway by name (service discovery), like every other client inside the stack.
        builder.Services.AddHttpClient<PlatformApi>(client => client.BaseAddress = new Uri("http://gateway"))
            .AddHttpMessageHandler<AccessTokenHandler>();
        return builder;
    }

    public static WebApplication MapCockpit(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapPeopleSignOut();
        app.MapLanguageSwitch();
        // Every page needs a signed-in person: an anonymous visit goes straight to the gateway's sign-in.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization();
        return app;
    }
}
