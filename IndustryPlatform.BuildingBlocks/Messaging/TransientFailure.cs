using System.Net.Sockets;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StackExchange.Redis;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// A consumer's failure that waiting can cure: the database or another server unreachable or restarting, a
/// serialization or deadlock loss, a concurrent writer that got there first. Anything else is the message's own fault
/// (poison) and retrying it only delays the error queue.
/// </summary>
public static class TransientFailure
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return postgres.IsTransient
                        || postgres.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation
                        || postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case NpgsqlException { IsTransient: true }:
                case DbUpdateConcurrencyException:
                case TimeoutException:
                case SocketException:
                case RedisException:
                case HttpRequestException:
                case RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Aborted }:
                    return true;
            }
        }

        return false;
    }
}
