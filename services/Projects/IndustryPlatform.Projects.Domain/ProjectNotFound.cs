using IndustryPlatform.Rules;

namespace IndustryPlatform.Projects.Domain;

public static class ProjectNotFound
{
    public static NotFoundException For(string? id) => new(RuleCodes.Project.NotFound, $"No project with id '{id}' is registered.");
}
