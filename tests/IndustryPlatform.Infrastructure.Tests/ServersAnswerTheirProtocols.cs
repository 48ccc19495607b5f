using Aspire.Hosting.Testing;
using System.Text;
using IndustryPlatform.Testing;
using Npgsql;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace IndustryPlatform.Infrastructure.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ServersAnswerTheirProtocols(InfrastructureFixture infrastructure)
{
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("enterprisesdb")]
    [InlineData("projectsdb")]
    [InlineData("indicatorsdb")]
    public async Task PostgreSQL_serves_each_platform_database(string database)
    {
        await using var connection = new NpgsqlConnection(await infrastructure.App.GetConnectionStringAsync(database, _cancellation));
        await connection.OpenAsync(_cancellation);
        await using var query = new NpgsqlCommand("SELECT current_database(), current_setting('server_encoding')", connection);
        await using var row = await query.ExecuteReaderAsync(_cancellation);

        Assert.True(await row.ReadAsync(_cancellation));
        Assert.Equal(database, row.GetString(0));
        Assert.Equal("UTF8", row.GetString(1));
    }

    [Fact]
    public async Task PostgreSQL_creates_a_fresh_database_on_request_and_keeps_Chinese_text()
    {
        var database = $"fresh_{Guid.NewGuid():N}";
        var connectionString = await infrastructure.GetDatabaseConnectionStringAsync(database);
        Assert.Equal(connectionString, await infrastructure.GetDatabaseConnectionStringAsync(database));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(_cancellation);
        await using var create = new NpgsqlCommand("CREATE TABLE regions (name_zh text); INSERT INTO regions VALUES ('湖州市')", connection);
        await create.ExecuteNonQueryAsync(_cancellation);
        await using var read = new NpgsqlCommand("SELECT name_zh FROM regions", connection);

        Assert.Equal("湖州市", await read.ExecuteScalarAsync(_cancellation));
    }

    [Fact]
    public async Task RabbitMQ_accepts_the_login_and_delivers_a_message()
    {
        Assert.StartsWith("amqp://", infrastructure.RabbitMqConnectionString);
        var factory = new ConnectionFactory { Uri = new Uri(infrastructure.RabbitMqConnectionString) };
        await using var connection = await factory.CreateConnectionAsync(_cancellation);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: _cancellation);
        var queue = await channel.QueueDeclareAsync(cancellationToken: _cancellation);

        await channel.BasicPublishAsync("", queue.QueueName, Encoding.UTF8.GetBytes("开工"), _cancellation);
        var delivered = await WaitForMessageAsync(channel, queue.QueueName);

        Assert.Equal("开工", Encoding.UTF8.GetString(delivered.Body.Span));
    }

    [Fact]
    public async Task Redis_requires_the_password_and_stores_a_value()
    {
        Assert.Contains("password=", infrastructure.RedisConnectionString);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(infrastructure.RedisConnectionString);
        var database = redis.GetDatabase();

        await database.StringSetAsync("industry-platform:probe", "湖州");

        Assert.Equal("湖州", (string?)await database.StringGetAsync("industry-platform:probe"));
        Assert.True((await database.PingAsync()) < TimeSpan.FromSeconds(1));
    }

    private async Task<BasicGetResult> WaitForMessageAsync(IChannel channel, string queue)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true, _cancellation) is { } message)
            {
                return message;
            }

            await Task.Delay(100, _cancellation);
        }

        throw new TimeoutException($"No message arrived on {queue}.");
    }
}
