using IndustryPlatform.BuildingBlocks.Messaging;

namespace IndustryPlatform.BuildingBlocks.Tests;

public sealed class MessageIdsTests
{
    [Fact]
    public void Ids_increase_strictly_in_the_order_they_are_made_even_within_one_millisecond()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => MessageIds.Next()).ToList();

        for (var i = 1; i < ids.Count; i++)
        {
            Assert.True(ids[i - 1].CompareTo(ids[i]) < 0, $"id {i} does not follow id {i - 1}");
            // PostgreSQL compares uuids by their bytes in RFC order, which is the order of their text.
            Assert.True(string.CompareOrdinal(ids[i - 1].ToString(), ids[i].ToString()) < 0);
        }

        Assert.All(ids.Take(10), id => Assert.Equal(7, id.Version));
    }
}
