using IndustryPlatform.Testing;

// One PostgreSQL, RabbitMQ and Redis for the assembly. The hosted Enterprises service consumes from its real queue
// names, so the tests run one at a time against a single host.
[assembly: AssemblyFixture(typeof(InfrastructureFixture))]
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
