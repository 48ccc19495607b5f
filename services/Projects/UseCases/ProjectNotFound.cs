using IndustryPlatform.Rules;

namespace IndustryPlatform.Projects.UseCases;

internal static class ProjectNotFound
{
    public static NotFoundException For(string? id) => new(RuleCodes.Project.NotFound, $"No project with id '{id}' is registered.");
}
