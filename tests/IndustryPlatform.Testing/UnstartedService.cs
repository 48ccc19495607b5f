namespace IndustryPlatform.Testing;

/// <summary>
/// Settings under which a service can be built (not started): addresses where nothing listens, since only its
/// endpoints are looked at.
/// </summary>
public static class UnstartedService
{
    public static IEnumerable<KeyValuePair<string, string?>> Settings(string database) =>
    [
        new($"ConnectionStrings:{database}", "Host=127.0.0.1;Port=9;Database=unused;Username=unused;Password=unused"),
        new("ConnectionStrings:rabbitmq", "amqp://unused:unused@127.0.0.1:9"),
        new("ConnectionStrings:redis", "127.0.0.1:9"),
    ];
}
