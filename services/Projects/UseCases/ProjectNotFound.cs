using IndustryPlatform.BuildingBlocks.Errors;

namespace IndustryPlatform.Projects.UseCases;

internal static class ProjectNotFound
{
    public static NotFoundException For(string? id) => new("project-not-found", $"No project with id '{id}' is registered.");
}
