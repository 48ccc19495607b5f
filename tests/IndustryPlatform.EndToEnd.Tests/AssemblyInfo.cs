using IndustryPlatform.Testing;

// One platform for the whole assembly: booting the AppHost costs ~25 s; tests use unique credit codes instead.
[assembly: AssemblyFixture(typeof(PlatformFixture))]
