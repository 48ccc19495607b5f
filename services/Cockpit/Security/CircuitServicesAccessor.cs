using Microsoft.AspNetCore.Components.Server.Circuits;

namespace IndustryPlatform.Cockpit.Security;

/// <summary>
/// The services of the Blazor circuit handling the current event. An HttpClient's handlers live in a scope of their
/// own, so without this the handler adding the person's token could not know which person is calling (the pattern of
/// the ASP.NET Core docs, "access server-side Blazor services from a different DI scope").
/// </summary>
public sealed class CircuitServicesAccessor
{
    private static readonly AsyncLocal<IServiceProvider?> Current = new();

    public IServiceProvider? Services
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}

public sealed class CircuitServicesHandler(IServiceProvider services, CircuitServicesAccessor accessor) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            accessor.Services = services;
            await next(context);
            accessor.Services = null;
        };
}
