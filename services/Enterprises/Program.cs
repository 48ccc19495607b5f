using IndustryPlatform.Enterprises;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEnterprisesServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapEnterprisesEndpoints();

app.Run();
