var builder = DistributedApplication.CreateBuilder(args);

var enterprises = builder.AddProject<Projects.IndustryPlatform_Enterprises>("enterprises");
var projects = builder.AddProject<Projects.IndustryPlatform_Projects>("projects");
var indicators = builder.AddProject<Projects.IndustryPlatform_Indicators>("indicators");

builder.AddProject<Projects.IndustryPlatform_Gateway>("gateway")
    .WithReference(enterprises)
    .WithReference(projects)
    .WithReference(indicators);

builder.Build().Run();
