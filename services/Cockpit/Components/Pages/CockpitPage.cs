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

    private readonly Dictionary<string, int> _loads = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts a load of <paramref name="what"/>: its answer is still wanted only while no later load of the same has
    /// started, so an answer that arrives late (the first year's, after the person chose another) never overwrites the
    /// newer one. Components run one event at a time, so a counter is enough.
    /// </summary>
    protected Func<bool> Latest(string what = "")
    {
        var mine = _loads[what] = _loads.GetValueOrDefault(what) + 1;
        return () => _loads[what] == mine;
    }

    /// <summary>The person's region (a district, or the city) and roles, as their token says.</summary>
    protected async Task<(string Region, IReadOnlySet<string> Roles)> PersonAsync()
    {
        var user = Authentication is null ? null : (await Authentication).User;
        var region = user?.FindFirst(Security.PeopleSignIn.RegionClaim)?.Value ?? "";
        var roles = user?.FindAll(Security.PeopleSignIn.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        return (region, roles);
    }
}
