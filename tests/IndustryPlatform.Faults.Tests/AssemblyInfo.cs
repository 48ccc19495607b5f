using IndustryPlatform.Testing;

// One platform for the whole assembly: a boot costs ~30 s.
[assembly: AssemblyFixture(typeof(PlatformFixture))]

namespace IndustryPlatform.Faults.Tests
{
    /// <summary>One fault at a time: each test kills or stops part of the shared platform.</summary>
    [CollectionDefinition(Name)]
    public sealed class OneFaultAtATime
    {
        public const string Name = "one fault at a time";
    }
}
