using IndustryPlatform.Cockpit.Gateway;
using IndustryPlatform.Cockpit.Reporting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace IndustryPlatform.Cockpit.Components.Pages;

/// <summary>What every page has: the labels of the person's language, the API, and who the person is.</summary>
public abstract class CockpitPage : ComponentBase
{
    [CascadingParameter]
    protected Labels L { get; set; } = new(false);

    [CascadingParameter]
    protected Task<AuthenticationState>? Authentication { get; set; }

    [Inject]
    protected PlatformApi Api { get; set; } = default!;

    /// <summary>The person's region (a district, or the city) and roles, as their token says.</summary>
    protected async Task<(string Region, IReadOnlySet<string> Roles)> PersonAsync()
    {
        var user = Authentication is null ? null : (await Authentication).User;
        var region = user?.FindFirst(Security.PeopleSignIn.RegionClaim)?.Value ?? "";
        var roles = user?.FindAll(Security.PeopleSignIn.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        return (region, roles);
    }
}
