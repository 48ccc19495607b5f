namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>
/// The Erlang port mapper RabbitMQ registers with, run in the foreground on a port of its own: left to itself,
/// RabbitMQ would start <c>epmd -daemon</c>, which outlives the AppHost.
/// </summary>
public sealed class EpmdResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory);
