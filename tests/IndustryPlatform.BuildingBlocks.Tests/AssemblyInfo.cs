using IndustryPlatform.Testing;

// One PostgreSQL and one RabbitMQ for the assembly; each test class has its own database and queues.
[assembly: AssemblyFixture(typeof(InfrastructureFixture))]
