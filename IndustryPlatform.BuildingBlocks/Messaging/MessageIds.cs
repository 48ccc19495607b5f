using System.Security.Cryptography;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// UUIDv7 message ids that increase strictly within the process (RFC 9562 §6.2, method 1: a 12-bit counter after the
/// millisecond). EF Core orders the inserts of one SaveChanges by key, so this is what keeps several events raised in one
/// change in the order they were raised.
/// </summary>
internal static class MessageIds
{
    private static readonly Lock Gate = new();
    private static long _lastMilliseconds;
    private static int _counter;

    public static Guid Next()
    {
        long milliseconds;
        int counter;
        lock (Gate)
        {
            milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            if (milliseconds > _lastMilliseconds)
            {
                _lastMilliseconds = milliseconds;
                _counter = 0;
            }
            else if (++_counter > 0xFFF)
            {
                // 4096 ids in one millisecond: borrow the next one rather than repeat an order.
                _lastMilliseconds++;
                _counter = 0;
            }

            milliseconds = _lastMilliseconds;
            counter = _counter;
        }

        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        return new Guid(
            (uint)(milliseconds >> 16),
            (ushort)milliseconds,
            (ushort)(0x7000 | counter),
            (byte)((random[0] & 0x3F) | 0x80),
            random[1], random[2], random[3], random[4], random[5], random[6], random[7]);
    }
}
