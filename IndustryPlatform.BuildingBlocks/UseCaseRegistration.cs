using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IndustryPlatform.BuildingBlocks;

public static class UseCaseRegistration
{
    /// <summary>
    /// Every use case of the service — a public concrete class (not a record: commands and results are records) of its
    /// <c>…UseCases</c> namespace — as a scoped service, one per request, so a new one cannot be forgotten in the wiring.
    /// A class registered before (a cache as a singleton, the seeder) keeps its registration.
    /// </summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services, Assembly service)
    {
        var useCases = service.GetTypes().Where(t =>
            t is { IsClass: true, IsAbstract: false, IsPublic: true }
            && t.Namespace?.EndsWith(".UseCases", StringComparison.Ordinal) == true
            && !typeof(Exception).IsAssignableFrom(t)
            && t.GetMethod("<Clone>$") is null);
        foreach (var useCase in useCases)
        {
            services.TryAddScoped(useCase);
        }

        return services;
    }
}
